package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeftBodiesTest {

  @Test
  void statesQuittingAnInternationalBodyOpposeIt() {
    assertThat(Readings.claims("quit-body")).containsExactly("Mali OPPOSE ECOWAS", "Niger OPPOSE ECOWAS");
  }

  @Test
  void aStateWithdrawingFromAnInternationalBodyOpposesIt() {
    assertThat(Readings.claims("withdrew-from-body"))
        .containsExactly("United States OPPOSE World Health Organization");
  }

  @Test
  void aStatePullingOutOfAnInternationalBodyOpposesIt() {
    assertThat(Readings.claims("pulled-out-of-body"))
        .containsExactly("Burundi OPPOSE International Criminal Court");
  }

  @Test
  void aStateWithdrawingItsFundingFromAnInternationalBodyOpposesIt() {
    assertThat(Readings.claims("withdrew-funding-from-body"))
        .containsExactly("United States OPPOSE World Health Organization");
  }

  @Test
  void aWithdrawalFromABodyAsTheVerbsObjectOpposesTheBodyNotConcedesToIt() {
    assertThat(Readings.claims("completed-withdrawal-from-body"))
        .containsExactly("Nicaragua OPPOSE Organization of American States");
  }

  @Test
  void aWithdrawalFromAStateIsNoStanceTowardIt() {
    // Unlike a body quit, a state left by troops is neither opposed nor, the pullout done, backed (Retreats).
    assertThat(Readings.claims("withdrew-troops-from-state")).isEmpty();
  }

  @Test
  void aPersonLeavingAnInternationalBodyTakesNoStanceTowardIt() {
    assertThat(Readings.claims("person-left-body")).isEmpty();
  }
}
