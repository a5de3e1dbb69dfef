package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeniedBackingsTest {

  @Test
  void aBackerDenyingItsRoleInTheSameHeadlineBacksNobody() {
    Readings.Reading r = Readings.of("denied-backing-headline");
    assertThat(DeniedBackings.denied(r.graph(), r.node("Somalia"))).isTrue();
    assertThat(Readings.claims("denied-backing-headline")).containsExactly("Kenya OPPOSE Somalia-backed gunmen");
  }

  @Test
  void aBackersCapitalDenyingAnyInvolvementBacksNobody() {
    assertThat(Readings.claims("denied-backing-involvement")).containsExactly("Kenya OPPOSE Somalia-backed gunmen");
  }

  @Test
  void aBackerRejectingSomethingElseStillBacksTheGroup() {
    Readings.Reading r = Readings.of("backer-rejects-sanctions");
    assertThat(DeniedBackings.denied(r.graph(), r.node("Somalia"))).isFalse();
    assertThat(Readings.claims("backer-rejects-sanctions"))
        .contains("Kenya OPPOSE Somalia-backed gunmen", "Somalia SUPPORT Somalia-backed gunmen");
  }

  @Test
  void aDenialBySomeoneOtherThanTheBackerLeavesTheBackingAsserted() {
    Readings.Reading r = Readings.of("other-denies-backed-raid");
    assertThat(DeniedBackings.denied(r.graph(), r.node("Somalia"))).isFalse();
    assertThat(Readings.claims("other-denies-backed-raid")).contains("Somalia SUPPORT Somalia-backed gunmen");
  }

  @Test
  void aBackerThatDoesNotDenyItsInvolvementStillBacksTheGroup() {
    assertThat(Readings.claims("undenied-backing")).contains("Somalia SUPPORT Somalia-backed gunmen");
  }
}
