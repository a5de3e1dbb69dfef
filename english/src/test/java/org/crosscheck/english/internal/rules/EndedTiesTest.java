package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndedTiesTest {

  @Test
  void agreeingToPhaseOutAStatesGoodsBacksNoOne() {
    assertThat(Readings.claims("ended-phase-out")).containsExactly("EU ministers SUPPORT -");
  }

  @Test
  void agreeingToEndPurchasesFromAStateBacksNoOne() {
    assertThat(Readings.claims("ended-purchases")).containsExactly("EU leaders SUPPORT -");
  }

  @Test
  void agreeingToBuyAStatesGoodsStillReachesIt() {
    assertThat(Readings.claims("ended-buy-kept")).containsExactly("Spain SUPPORT Algerian");
  }

  @Test
  void anInfinitiveOfEndingTheParserMakesAnAdverbialClauseBacksNoOneEither() {
    assertThat(Readings.claims("ended-advcl")).noneMatch(c -> c.contains("Belarus"))
        .contains("EU ministers SUPPORT -");
  }
}
