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

  @Test
  void aQuotedJudgementOfTheTariffsJudgesWhoImposedThem() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed", d);
    assertThat(Readings.claims("quoted-deed-unacceptable", d)).containsExactly("Togo's trade minister OPPOSE Ghana");
  }

  @Test
  void aQuotedJudgementOfTheStrikesJudgesWhoStruck() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    assertThat(Readings.claims("quoted-deed-strikes", d)).containsExactly("Egypt's foreign minister OPPOSE Israel");
  }

  @Test
  void aQuotedJudgementOfTheTariffsWithNoDecisionToldNamesNobody() {
    assertThat(Readings.claims("quoted-deed-unacceptable", new Discourse())).isEmpty();
  }

  @Test
  void aMakerJudgingItsOwnTariffsIsNoStanceTowardItself() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed", d);
    assertThat(Readings.claims("quoted-deed-own", d)).isEmpty();
  }

  @Test
  void tariffsImposedByTwoMakersRecallNoOneInAQuote() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed-two", d);
    assertThat(Readings.claims("quoted-deed-unacceptable", d)).isEmpty();
  }

  @Test
  void anEarthquakeJudgedAfterStrikesIsNoJudgementOfTheStriker() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    assertThat(Readings.claims("quoted-deed-earthquake", d)).isEmpty();
  }

  @Test
  void theMoveCalledAProvocationInASmallClauseJudgesWhoMadeIt() {
    Discourse d = new Discourse();
    Readings.drafts("judged-imposed", d);
    assertThat(Readings.claims("judged-called-move", d)).containsExactly("Togo OPPOSE Ghana");
  }
}
