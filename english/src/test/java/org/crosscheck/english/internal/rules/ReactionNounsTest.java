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

  @Test
  void aMoveThatDrewCriticismDrewItTowardWhoeverMadeTheMove() {
    assertThat(Readings.claims("move-drew-criticism")).contains("African Union OPPOSE Kenya");
  }

  @Test
  void aDecisionAfterACommaThatDrewARebukeDrewItTowardWhoeverDecided() {
    assertThat(Readings.claims("decision-drew-rebuke")).contains("European Union OPPOSE Uganda");
  }

  @Test
  void twoReactionsFromTwoActorsAreEachTowardTheMoverNeverTowardEachOther() {
    assertThat(Readings.claims("move-drew-protest-warning")).contains("Kyiv OPPOSE Hungary")
        .doesNotContain("Kyiv OPPOSE European Commission", "European Commission OPPOSE Kyiv");
  }

  @Test
  void findsNoReactorRoundAGraphWhoseGovernorsCycle() {
    // The relative clause of this fixture leads its words' governors round a cycle; the climb must end.
    Readings.Reading r = Readings.of("shares-border");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
      for (int i = 0; i < r.graph().size(); i++) {
        edu.stanford.nlp.ling.IndexedWord w = r.graph().node(i);
        if (w != null) {
          assertThat(ReactionNouns.reactor(r.graph(), w)).isFalse();
        }
      }
    });
  }
}
