package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnThreatsTest {

  @Test
  void ministryCallingAGroupAThreatToItsOwnStateOpposesTheGroup() {
    assertThat(Readings.claims("own-threat-remains")).containsExactly("Niger's defence ministry OPPOSE Boko Haram");
  }

  @Test
  void ministerSayingAGroupIsAThreatToHisOwnStateOpposesTheGroup() {
    assertThat(Readings.claims("own-threat-is")).containsExactly("Chad's foreign minister OPPOSE Boko Haram");
  }

  @Test
  void aThreatToAnotherStateStaysTheGroupsStanceTowardIt() {
    assertThat(Readings.claims("own-threat-other")).containsExactly("Shabaab OPPOSE Somalia");
  }
}
