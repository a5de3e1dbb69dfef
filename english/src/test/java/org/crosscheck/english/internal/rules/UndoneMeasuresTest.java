package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UndoneMeasuresTest {

  @Test
  void aShareOfAMeasureLiftedIsTheMeasureLiftedTowardWhomItWasOn() {
    assertThat(Readings.claims("um-most")).containsExactly("Canada SUPPORT Syria");
  }

  @Test
  void aMeasureWhoseRemovalIsToldIsNoStanceOfItsOwn() {
    assertThat(Readings.claims("um-removal")).doesNotContain("Canadian OPPOSE Syria");
  }

  @Test
  void aShareOfAMeasureImposedKeepsItsStance() {
    assertThat(Readings.claims("um-share-imposed")).contains("Canada OPPOSE Syria");
  }
}
