package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class JudgedDeedsTest {

  @Test
  void tariffsDescribedAsDiscriminatoryAfterTheyWereImposedJudgeWhoImposedThem() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed", d);
    assertThat(Readings.claims("judged-described", d)).containsExactly("Togo OPPOSE Ghana");
  }

  @Test
  void withNoDecisionToldBeforeTheJudgedTariffsNameNobody() {
    assertThat(Readings.claims("judged-described", new Discourse())).isEmpty();
  }

  @Test
  void aStanceVerbThatRecallsTheTariffsItselfGivesTheClaimOnce() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed", d);
    assertThat(Readings.claims("judged-denounced", d)).containsExactly("Togo OPPOSE Ghana");
  }
}
