package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargedConductTest {

  @Test
  void aBetrayalASpeakerChargesIsTheSpeakersStanceOnly() {
    assertThat(Readings.claims("misdeed-1")).contains("Hungary OPPOSE European Commission")
        .doesNotContain("European Commission OPPOSE farmers");
  }

  @Test
  void aSpeakersOwnBetrayalIsStillItsStance() {
    assertThat(Readings.claims("misdeed-7")).anyMatch(c -> c.startsWith("Russia OPPOSE Armenia"));
  }

  @Test
  void aDefenceASpeakerPraisesKeepsTheDefendersStance() {
    assertThat(Readings.claims("misdeed-8")).contains("European Union SUPPORT Ukraine");
  }

  @Test
  void aDeedThatIsNoMisconductKeepsItsDoersStance() {
    assertThat(Readings.claims("misdeed-3")).contains("Russia OPPOSE Ukraine");
  }

  @Test
  void aBreachStaysADeedAgainstTheOwnerOfWhatItBreaches() {
    assertThat(Readings.claims("misdeed-6")).contains("Russia OPPOSE Ukrainian", "Ukraine OPPOSE Russia");
  }

  @Test
  void aBetrayalTheNarratorTellsIsLeftAlone() {
    assertThat(Readings.claims("misdeed-9")).contains("Russia OPPOSE Armenia");
  }
}
