package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class FeltStimuliTest {

  @Test
  void theOneWhoFeelsACensureHoldsItTowardTheOwnerOfWhatMovedIt() {
    // The parser makes "by Serbia's treatment" the agent of a passive: it would hold the stance.
    assertThat(Readings.claims("fs-owner")).containsExactly("EU OPPOSE Serbia");
    assertThat(Readings.claims("fs-troubled")).containsExactly("Canada OPPOSE India");
    assertThat(Readings.claims("fs-dismayed")).containsExactly("EU OPPOSE Russia");
  }

  @Test
  void theItOfAFeelingInQuotesIsTheSpeakerNotAnExpletive() {
    assertThat(Readings.claims("fs-q3")).containsExactly("United States OPPOSE China");
    assertThat(Readings.claims("fs-quoted")).containsExactly("United States OPPOSE China");
  }

  @Test
  void anAdjectiveOfConcernAboutAnActCensuresItsOwner() {
    assertThat(Readings.claims("fs-about")).containsExactly("Washington OPPOSE China's military");
  }

  @Test
  void aBareNounOfWhatMovedTheFeelingRecallsTheDeedToldJustBefore() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "fs-arrested", "fs-by")))
        .contains("Norway OPPOSE Serbian police");
  }

  @Test
  void aParticipleThatOnlyDescribesOrNamesNoCauseIsNoStance() {
    assertThat(Readings.claims("fs-amod")).isEmpty();
    assertThat(Readings.claims("fs-nocause")).isEmpty();
    assertThat(Readings.claims("fs-active")).isEmpty();
  }

  @Test
  void aFeelingWhoseCauseNamesNoPartyTakesNoBystanderAsItsTarget() {
    assertThat(Readings.claims("fs-echo")).doesNotContain("Norway OPPOSE Sweden");
  }

  @Test
  void aFeelingNotListedIsNoCensure() {
    assertThat(Readings.claims("fs-surprised")).isEmpty();
  }

  @Test
  void aFeelingForSomeoneIsSympathyNotCensure() {
    assertThat(Readings.claims("fs-for")).isEmpty();
    assertThat(Readings.claims("cn-for")).isEmpty();
  }

  @Test
  void concernsSharedAgreeWithTheirOwnerWhoseConcernCensuresWhatItIsAbout() {
    assertThat(Readings.claims("cn-share")).containsExactlyInAnyOrder("Germany SUPPORT Poland", "Poland OPPOSE Russia");
  }

  @Test
  void aNounOfConcernOverAnActCensuresItsOwner() {
    assertThat(Readings.claims("cn-over")).containsExactly("Japan OPPOSE China's naval");
  }
}
