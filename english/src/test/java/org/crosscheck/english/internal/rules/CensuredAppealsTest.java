package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CensuredAppealsTest {

  @Test
  void anAppealJoinedToACensureOfAThingPressesTheOneAsked() {
    assertThat(Readings.claims("ca-launch")).contains("South Korea OPPOSE North Korea")
        .doesNotContain("South Korea NEUTRAL North Korea");
    assertThat(Readings.claims("ca-criticised")).contains("Norway OPPOSE Sweden")
        .doesNotContain("Norway NEUTRAL Sweden");
  }

  @Test
  void anAttackCondemnedIsAnothersDeedAndTheAppealStaysNeutral() {
    assertThat(Readings.claims("ca-attack")).contains("Kenya NEUTRAL Somalia").doesNotContain("Kenya OPPOSE Somalia");
  }

  @Test
  void aThingWhoseOwnerIsNamedLeavesTheAppealNeutral() {
    assertThat(Readings.claims("ca-owner")).contains("Norway OPPOSE Denmark", "Norway NEUTRAL Sweden")
        .doesNotContain("Norway OPPOSE Sweden");
  }

  @Test
  void aCensureNotMadeLeavesTheAppealNeutral() {
    assertThat(Readings.claims("ca-not-set")).containsExactly("European Union NEUTRAL Serbia");
  }

  @Test
  void anAppealToTwoPartiesAtOnceStaysEvenHanded() {
    assertThat(Readings.claims("ca-two-asked"))
        .contains("European Union NEUTRAL Serbia", "European Union NEUTRAL Kosovo")
        .doesNotContain("European Union OPPOSE Serbia", "European Union OPPOSE Kosovo");
  }
}
