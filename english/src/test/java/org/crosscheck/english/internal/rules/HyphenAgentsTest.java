package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class HyphenAgentsTest {

  @Test
  void theActorHyphenatedToBackedSupportsTheGroupItDescribes() {
    Readings.Reading r = Readings.of("hyphen-backed");
    assertThat(HyphenAgents.agent(r.graph(), r.node("backed"))).isEqualTo(r.node("Rwanda"));
    assertThat(Readings.drafts("hyphen-backed")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Rwanda");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Rwanda-backed rebels");
      // The claim would be dropped as a holder toward itself if both spans began at "Rwanda".
      assertThat(d.target().orElseThrow().first()).isGreaterThan(d.holder().last());
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aGroupAlignedWithAStateByAHyphenSidesWithItNotTheReverse() {
    assertThat(Readings.claims("aligned-hyphen"))
        .contains("Iran-aligned militias SUPPORT Iran")
        .doesNotContain("Iran SUPPORT Iran-aligned militias");
  }

  @Test
  void theBackedGroupIsNamedWithItsBackerButIsNotTheBackersOwn() {
    assertThat(Readings.drafts("hyphen-backed")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Rwanda-backed rebels");
      assertThat(d.holder().actor().id()).doesNotContain("RWA");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Congolese troops");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aBackerOfNoNamedGroupMakesNoClaim() {
    Readings.Reading r = Readings.of("hyphen-nogroup");
    assertThat(HyphenAgents.agent(r.graph(), r.node("backed"))).isEqualTo(r.node("Kremlin"));
    assertThat(Readings.drafts("hyphen-nogroup")).isEmpty();
  }

  @Test
  void aHyphenatedParticipleOfNoNamedBackerIsNobodysActWhereverItHangs() {
    Readings.Reading r = Readings.of("hyphen-unowned-conj");
    assertThat(HyphenAgents.unowned(r.graph(), r.node("funded"))).isTrue();
    assertThat(Readings.claims("hyphen-unowned-conj")).noneMatch(c -> c.contains("SUPPORT"));
  }
}
