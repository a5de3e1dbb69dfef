package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class IntentionsTest {

  @Test
  void anInfinitiveAfterAnotherStatesDecisionIsThatStatesAct() {
    assertThat(Readings.drafts("decision-demonym")).filteredOn(d -> d.cue().equals("arm")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().actor().id()).isEqualTo("FRA");
          assertThat(d.target().orElseThrow().text()).isEqualTo("rebels");
          assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
        });
  }

  @Test
  void aDecisionNobodyOwnsIsNotTheActOfWhoeverDenouncesIt() {
    assertThat(Readings.drafts("decision-bare")).noneMatch(d -> d.cue().equals("arm"));
  }

  @Test
  void aDecisionMadeIsTheMakersAct() {
    assertThat(Readings.drafts("took-decision")).filteredOn(d -> d.cue().equals("arm")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Germany");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Ukraine");
        });
  }

  @Test
  void anActAskedOfAnotherByANounOfAskingIsNobodysStance() {
    Readings.Reading r = Readings.of("asked-noun");
    assertThat(Intentions.asked(r.graph(), r.node("end"))).isTrue();
    assertThat(Intentions.asked(r.graph(), r.node("rejected"))).isFalse();
    assertThat(Readings.drafts("asked-noun")).extracting(d -> d.target().orElseThrow().text())
        .containsExactly("North Korea");
  }
}
