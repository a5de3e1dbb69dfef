package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class StrandedAgentsTest {

  @Test
  void accuserHungOnTheGerundOfTheChargeIsTheHolderAndTheAccusedTheTarget() {
    assertThat(Readings.drafts("stranded-gerund-accused")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan government");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Joseph Kamau"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void praiserHungOnTheNounOfThePraisedsOwnRoleIsTheHolder() {
    assertThat(Readings.drafts("stranded-own-role-praised")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan government");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Joseph Kamau"));
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void byPhraseOfAWarningInTheChargeIsTheWarnersNotTheAccusers() {
    Readings.Reading r = Readings.of("stranded-act-object-warnings");
    assertThat(StrandedAgents.agent(r.graph(), r.node("accused"))).isNull();
    assertThat(Readings.drafts("stranded-act-object-warnings")).noneMatch(d -> d.holder().text().contains("military"));
  }

  @Test
  void byPhraseOfKillingsInTheReasonIsTheKillersNotTheCritics() {
    Readings.Reading r = Readings.of("stranded-own-handling-killings");
    assertThat(StrandedAgents.agent(r.graph(), r.node("criticised"))).isNull();
    assertThat(Readings.drafts("stranded-own-handling-killings")).noneMatch(d -> d.holder().text().contains("army"));
  }

  @Test
  void byPhraseOnAReasonNobodyOwnsIsTheDoersOfThatReason() {
    Readings.Reading r = Readings.of("stranded-bare-reason-abuses");
    assertThat(StrandedAgents.agent(r.graph(), r.node("criticised"))).isNull();
    assertThat(Readings.drafts("stranded-bare-reason-abuses")).noneMatch(d -> d.holder().text().contains("police"));
  }
}
