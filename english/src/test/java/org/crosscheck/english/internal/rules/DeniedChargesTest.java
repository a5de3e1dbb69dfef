package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeniedChargesTest {

  @Test
  void aChargeDeniedAfterACommaSetsTheDenierAgainstTheAccuser() {
    assertThat(Readings.claims("charge-relcl-denied"))
        .containsExactlyInAnyOrder("Rwanda OPPOSE Burundi", "Burundi OPPOSE Rwanda");
  }

  @Test
  void aRelativeClauseOfDenialOpposesTheAccuserToo() {
    assertThat(Readings.claims("charge-which-denied")).containsExactlyInAnyOrder("Kenya OPPOSE Uganda",
        "Uganda OPPOSE Kenya");
    assertThat(Readings.claims("charge-which-has-denied")).contains("Uganda OPPOSE Kenya");
    assertThat(Readings.claims("charge-that-rejects")).contains("Uganda OPPOSE Kenya");
  }

  @Test
  void theDenierIsFoundByItsPlaceWhereverTheParserHangsIt() {
    assertThat(Readings.claims("charge-delhi-denies")).contains("New Delhi OPPOSE Pakistani officials");
    assertThat(Readings.claims("charge-kremlin-denied")).contains("Kremlin OPPOSE Chisinau");
  }

  @Test
  void aDenialWhoseAccuserNoRuleNamesIsNoClaim() {
    // "The army said …, an allegation Abu Dhabi has rejected": the army is nobody the catalog names.
    assertThat(Readings.claims("allegation-relcl-rejected")).noneMatch(c -> c.startsWith("Abu Dhabi"));
  }

  @Test
  void aChargeNamedWithoutACommaIsNoDenialOfAnEarlierClause() {
    Readings.Reading r = Readings.of("denied-charge-plain");
    assertThat(DeniedCharges.charge(r.graph(), r.node("denied"))).isNull();
  }

  @Test
  void theDenialIsAssertedThoughWhatTheChargeSaysIsAlleged() {
    assertThat(Readings.drafts("charge-denied-hedge")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("denies");
      assertThat(d.modality()).isEqualTo(org.crosscheck.Modality.ASSERTED);
    });
  }
}
