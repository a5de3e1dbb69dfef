package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetreatsTest {

  @Test
  void troopsWithdrawnBackNoneOfThePlacesLeft() {
    assertThat(Readings.claims("retreat-done")).isEmpty();
  }

  @Test
  void aWithdrawalAgreedToIsAConcessionToThePlaceLeft() {
    assertThat(Readings.claims("retreat-willing")).containsExactly("Armenia SUPPORT Azerbaijan");
  }
}
