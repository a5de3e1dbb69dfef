package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictOpponentsTest {

  @Test
  void backingTheGovernmentInItsDisputeWithAStateIsNoSupportForThatState() {
    assertThat(Readings.claims("conflict-opponent-backed")).doesNotContain("Qatar SUPPORT Bahrain");
  }

  @Test
  void strikesLaunchedInAWarWithAGroupStillOpposeIt() {
    assertThat(Readings.claims("conflict-opponent-strikes")).contains("Saudi Arabia OPPOSE Houthis");
  }

  @Test
  void welcomingAVerdictInARowIsNoSupportOfTheOtherPartyWhereTheParserHangsItOnTheVerb() {
    Readings.Reading r = Readings.of("conflict-row-headline");
    assertThat(ConflictOpponents.hungOnVerb(r.graph(), r.node("welcomes"), r.node("Chile"))).isTrue();
    assertThat(Readings.claims("conflict-row-headline")).containsExactly("Peru SUPPORT -");
  }

  @Test
  void praisingARulingInARowIsNoSupportOfTheOtherPartyWhereTheParserHangsBothOnTheVerb() {
    assertThat(Readings.claims("conflict-row-praised")).containsExactly("Peru SUPPORT -");
  }

  @Test
  void aPhraseOfTheVerbBeforeTheRowIsNotTheRows() {
    Readings.Reading r = Readings.of("conflict-row-praised");
    assertThat(ConflictOpponents.hungOnVerb(r.graph(), r.node("praised"), r.node("ruling"))).isFalse();
    assertThat(ConflictOpponents.hungOnVerb(r.graph(), r.node("praised"), r.node("Chile"))).isTrue();
  }

  @Test
  void welcomingTalksWithAPartyStillSupportsIt() {
    assertThat(Readings.claims("conflict-talks-before")).containsExactly("Peru SUPPORT Chile");
  }
}
