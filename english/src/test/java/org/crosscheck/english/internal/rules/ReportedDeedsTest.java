package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedDeedsTest {

  @Test
  void aStateReportingForeignTroopsBurnedHomesAccusesThem() {
    assertThat(Readings.claims("deed-burned-homes-villages")).contains("Georgia OPPOSE Russian troops");
  }

  @Test
  void aStateReportingGunmenAttackedOurPositionsAccusesThem() {
    assertThat(Readings.claims("deed-attacked-our-positions")).contains("Niger OPPOSE gunmen");
  }

  @Test
  void aStateReportingAnAttackOnItsEnemyAccusesNobody() {
    assertThat(Readings.claims("deed-attacked-enemy-rebels")).noneMatch(c -> c.startsWith("Ethiopia"));
  }

  @Test
  void aDeedInClaimsTheSpeakerRejectsIsNoAccusation() {
    assertThat(Readings.claims("deed-rejected-claims-shelled")).noneMatch(c -> c.startsWith("Iran OPPOSE Hezbollah"));
  }

  @Test
  void aDeedTheSpeakerOnlyForeseesIsNoAccusation() {
    assertThat(Readings.claims("deed-would-attack-schools")).noneMatch(c -> c.startsWith("Israel OPPOSE"));
  }

  @Test
  void aBodyReportingAKillingOfCiviliansAccusesTheKiller() {
    assertThat(Readings.claims("deed-un-said-killed-civilians")).contains("UN OPPOSE militia");
  }

  @Test
  void figuresABodyPublishedAccuseNoOneOfTheDeedsTheyCount() {
    assertThat(Readings.claims("deed-un-figures-killed-civilians"))
        .contains("militia OPPOSE civilians")
        .noneMatch(c -> c.startsWith("UN "));
  }
}
