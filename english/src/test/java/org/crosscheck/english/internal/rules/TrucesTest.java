package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrucesTest {

  @Test
  void twoSidesAgreeingToATruceTakeNoSideTowardEachOther() {
    assertThat(Readings.claims("truce-agreed-by-two-sides"))
        .containsExactlyInAnyOrder("Chad NEUTRAL FACT rebels", "FACT rebels NEUTRAL Chad");
  }

  @Test
  void aTruceSignedAsTheObjectTakesNoSideEither() {
    assertThat(Readings.claims("truce-signed-as-object"))
        .containsExactlyInAnyOrder("Yemen NEUTRAL Houthis", "Houthis NEUTRAL Yemen");
  }

  @Test
  void aPactSignedIsStillAnAccord() {
    assertThat(Readings.claims("trade-pact-signed")).containsExactlyInAnyOrder("Chad SUPPORT Niger", "Niger SUPPORT Chad");
  }
}
