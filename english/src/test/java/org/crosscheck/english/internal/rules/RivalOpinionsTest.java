package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RivalOpinions: the subject of an "as" clause that tells a view holds it, and is no target of the stance beside. */
class RivalOpinionsTest {

  @Test
  void aRivalCallingTheRejectedPollLawfulIsNoTargetOfTheRejection() {
    assertThat(Readings.claims("as-rival-calls-poll")).containsOnly("Cyprus OPPOSE -", "Greece OPPOSE -");
  }

  @Test
  void aRivalInsistingTheVerdictWasFairIsNoTargetOfTheCondemnation() {
    assertThat(Readings.claims("as-rival-insists")).containsOnly("Canada OPPOSE -");
  }

  @Test
  void aGroupClaimingVictoryIsNoTargetOfTheWelcome() {
    assertThat(Readings.claims("as-rival-claims")).containsOnly("Jordan SUPPORT -");
  }

  @Test
  void troopsWhoseAdvanceIsTheDeedStayTheTargetOfTheDenunciation() {
    assertThat(Readings.claims("as-deed-advance")).containsOnly("Egypt OPPOSE Israeli tanks");
  }

  @Test
  void aSpeakerTellingOfItsOwnJetsStaysTheTargetOfTheCondemnedRaid() {
    assertThat(Readings.claims("as-said-own-jets")).containsOnly("Lebanon OPPOSE Israel");
  }

  @Test
  void troopsVowingToPressOnAnnounceAnActAndStayTheTarget() {
    assertThat(Readings.claims("as-vow-doer")).contains("Iraq OPPOSE Turkish troops");
  }
}
