package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnnamedPartnersTest {

  @Test
  void anAccordSignedWithAPartnerNoActorNamesIsNoStanceTowardNoOne() {
    assertThat(Readings.claims("unnamed-partner-signed")).isEmpty();
  }

  @Test
  void anAccordBetweenTwoNamedStatesHoldsBothWays() {
    assertThat(Readings.claims("named-partners-signed"))
        .containsExactlyInAnyOrder("Chile SUPPORT Peru", "Peru SUPPORT Chile");
  }

  @Test
  void aCondemnationSharedWithAnUnnamedPartnerIsStillTheNamedOnesStance() {
    assertThat(Readings.claims("unnamed-conjunct-condemned")).contains("Chile OPPOSE -");
  }
}
