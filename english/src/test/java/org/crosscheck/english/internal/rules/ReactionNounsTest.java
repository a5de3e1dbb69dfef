package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReactionNounsTest {

  @Test
  void whoeverCondemnsTheMoveCondemnsWhoeverMadeIt() {
    assertThat(Readings.claims("move-condemned"))
        .containsExactlyInAnyOrder("African Union OPPOSE Kenya", "Kenya OPPOSE Somali ambassador");
  }

  @Test
  void whoeverWelcomesTheDecisionIsNoPartyToTheActItSumsUp() {
    assertThat(Readings.claims("decision-welcomed"))
        .containsExactlyInAnyOrder("ECOWAS SUPPORT Ghana", "Ghana SUPPORT Nigerian traders");
  }

  @Test
  void aCriticOfTheStepIsNoFallbackTargetOfIt() {
    assertThat(Readings.claims("step-criticised")).contains("Kenya OPPOSE Uganda", "opposition OPPOSE Kenya");
  }

  @Test
  void aDecisionWithNoCommaBeforeItIsTheObjectItself() {
    assertThat(Readings.claims("decision-no-comma")).containsExactly("Kenya SUPPORT Uganda");
  }
}
