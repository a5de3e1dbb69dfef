package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RivalOpinions: the subject of an "as" clause that tells an onlooker's view holds it, and is no target beside. */
class RivalOpinionsTest {

  @Test
  void aRivalCallingTheRejectedPollLawfulIsNoTargetOfTheRejection() {
    assertThat(Readings.claims("as-rival-calls-poll")).containsOnly("Cyprus OPPOSE -", "Greece OPPOSE -");
  }

  @Test
  void aRivalDescribingTheReferendumAsFairIsNoTargetOfTheRejection() {
    assertThat(Readings.claims("as-rival-describes")).containsOnly("Morocco OPPOSE -");
  }

  @Test
  void aRivalCallingItsOwnVoteFairStaysTheTargetOfTheRejection() {
    assertThat(Readings.claims("as-own-vote")).containsOnly("Cyprus OPPOSE Turkey", "Greece OPPOSE Turkey");
  }

  @Test
  void aStateInsistingItsTrialWasFairAnswersForTheVerdictAndStaysTheTarget() {
    assertThat(Readings.claims("as-rival-insists")).containsOnly("Canada OPPOSE China");
  }

  @Test
  void troopsWhoseAdvanceIsTheDeedStayTheTargetOfTheDenunciation() {
    assertThat(Readings.claims("as-deed-advance")).containsOnly("Egypt OPPOSE Israeli tanks");
  }

  @Test
  void troopsVowingToPressOnAnnounceAnActAndStayTheTarget() {
    assertThat(Readings.claims("as-vow-doer")).contains("Iraq OPPOSE Turkish troops");
  }

  @Test
  void whomARivalPraisesInAWhileClauseIsNoTargetOfTheBoycott() {
    assertThat(Readings.claims("rival-praised-target")).containsOnly("Ghana OPPOSE -", "Nigeria SUPPORT Senegal");
  }
}
