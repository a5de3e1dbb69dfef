package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseForumsTest {

  @Test
  void aCourtADisputeIsTakenToIsNoTargetOfTheThreat() {
    assertThat(Readings.claims("take-dispute-to-icj")).noneMatch(c -> c.contains("Court"));
  }

  @Test
  void aCourtTheParserHangsOnTheVerbTakingTheCaseIsNoTargetOfTheThreat() {
    assertThat(Readings.claims("take-case-to-court-verb")).containsExactly("Belize OPPOSE -");
  }

  @Test
  void theBodyAProtestIsLodgedWithIsNoTargetOfIt() {
    assertThat(Readings.claims("lodged-protest-with-body")).containsExactly("Ghana OPPOSE -");
  }

  @Test
  void aStateAProtestIsLodgedWithIsWhomItProtestsAgainst() {
    assertThat(Readings.claims("lodged-protest-with-state")).containsExactly("Japan OPPOSE North Korea");
  }

  @Test
  void theBodyALetterOfProtestIsSentToIsNoTargetOfIt() {
    assertThat(Readings.claims("letter-of-protest-to")).isEmpty();
  }

  @Test
  void aStateALetterOfProtestIsSentToIsWhomItProtestsAgainst() {
    assertThat(Readings.claims("letter-of-protest-to-state")).containsExactly("Ghana OPPOSE Nigeria");
  }

  @Test
  void aBodyAMessageOfSupportIsSentToIsWhomItSupports() {
    assertThat(Readings.claims("message-of-congratulations-to-body")).containsExactly("Kenya SUPPORT African Union");
  }
}
