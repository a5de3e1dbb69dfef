package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class DemandsTest {

  @Test
  void aCallForTheReleaseOfSomeoneSupportsThem() {
    assertThat(Readings.drafts("demand-release")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Qatar");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("PSE");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.cue()).isEqualTo("called for the release");
    });
  }

  @Test
  void aDemandForTheResignationOfSomeoneOpposesThem() {
    assertThat(Readings.drafts("demand-resignation")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("IRQGOV");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("demanded the resignation");
    });
  }

  @Test
  void anActNamingNobodyLeavesTheDemandVerbAsItIs() {
    Readings.Reading r = Readings.of("demand-nothing");
    assertThat(Demands.apply(r.graph(), new java.util.ArrayList<>(StanceCues.find(r.graph()))))
        .noneMatch(c -> c.text().contains("resignation"));
  }
}
