package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndedTiesTest {

  @Test
  void agreeingToPhaseOutAStatesGoodsBacksNoOne() {
    assertThat(Readings.claims("ended-phase-out")).noneMatch(c -> c.contains("Belarus"));
  }

  @Test
  void agreeingToEndPurchasesFromAStateBacksNoOne() {
    assertThat(Readings.claims("ended-purchases")).noneMatch(c -> c.contains("Iran"));
  }

  @Test
  void agreeingToBuyAStatesGoodsStillReachesIt() {
    assertThat(Readings.claims("ended-buy-kept")).containsExactly("Spain SUPPORT Algerian");
  }
}
