package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group the text describes as the doer of a protested or condemned deed ({@link DeedDoers#group}). */
class DeedDoersGroupTest {

  @Test
  void abusesByAMilitiaProtestedAreOppositionToTheMilitia() {
    assertThat(Readings.claims("deed-doer-group-noun-by")).containsExactly("Teachers OPPOSE militia");
  }

  @Test
  void anAbductionByGunmenCondemnedIsOppositionToTheGunmenWhereverTheParserHangsTheByPhrase() {
    assertThat(Readings.claims("deed-doer-group-verb-by")).containsExactly("Chile OPPOSE gunmen");
  }

  @Test
  void theDoerOfBeatingsComesBeforeTheBeaten() {
    assertThat(Readings.claims("deed-doer-group-own-by")).containsExactly("Norway OPPOSE militia");
  }

  @Test
  void aByPhraseOfMarginOrMeansNamesNoDoer() {
    assertThat(Readings.claims("deed-doer-group-margin")).containsExactly("Chile OPPOSE -");
    assertThat(Readings.claims("deed-doer-group-by-phone")).containsExactly("Chile OPPOSE -");
  }

  @Test
  void aCountedCrowdByWhomADeedWasDoneIsNoTarget() {
    assertThat(Readings.claims("deed-doer-crowd")).containsExactly("Chile OPPOSE -");
  }
}
