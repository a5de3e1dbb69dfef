package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntendedActsTest {

  @Test
  void agreementToSuspendAStateIsOppositionOnly() {
    assertThat(Readings.claims("ia-agreed-to-suspend")).containsExactly("African Union OPPOSE Mali");
  }

  @Test
  void agreementNotToAttackKeepsTheAgreementsSupport() {
    assertThat(Readings.claims("ia-agreed-not-to-attack")).contains("Kenya SUPPORT Somalia");
  }

  @Test
  void refusalIsNoAgreementAndKeepsItsOwnClaim() {
    Readings.Reading r = Readings.of("ia-refused-to-recognise");
    assertThat(IntendedActs.yields(r.graph(), r.node("refused"), org.crosscheck.Stance.SUPPORT,
        java.util.Map.of(r.node("recognise"), org.crosscheck.Stance.OPPOSE))).isFalse();
  }

  @Test
  void agreeingToHoldTalksIsTheMeetingsNoSupportOfEachOther() {
    assertThat(Readings.claimIds("agreed-to-hold-talks")).containsExactly("MWI NEUTRAL ZMB", "ZMB NEUTRAL MWI");
  }

  @Test
  void supportingEffortsToConveneTalksBacksThoseWhoMakeThem() {
    assertThat(Readings.claimIds("supported-efforts-to-convene-talks"))
        .containsExactly("USAGOV SUPPORT adhoc:organisation:unsmil");
  }
}
