package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LapsedTiesTest {

  @Test
  void aFormerAllyInAppositionSupportsNoOne() {
    Readings.Reading r = Readings.of("former-ally-apposition");
    assertThat(LapsedTies.lapsed(r.graph(), r.node("ally"))).isTrue();
    assertThat(Readings.claims("former-ally-apposition")).isEmpty();
  }

  @Test
  void aNominalAllySupportsNoOne() {
    assertThat(Readings.claims("nominal-ally-apposition")).isEmpty();
  }

  @Test
  void aOneTimeCriticOpposesNoOneNow() {
    Readings.Reading r = Readings.of("onetime-critic-of");
    assertThat(LapsedTies.lapsed(r.graph(), r.node("critic"))).isTrue();
  }

  @Test
  void theClosestAllyStillSupports() {
    Readings.Reading r = Readings.of("closest-ally-apposition");
    assertThat(LapsedTies.lapsed(r.graph(), r.node("ally"))).isFalse();
    assertThat(Readings.claims("closest-ally-apposition")).containsExactly("Belarus SUPPORT Russia");
  }

  @Test
  void formerNavyPersonnelSentencedAreNoNavy() {
    Readings.Reading r = Readings.of("sentenced-former-personnel");
    assertThat(LapsedTies.formerMembers(r.graph(), r.node("personnel"))).isTrue();
    assertThat(Readings.claims("sentenced-former-personnel")).isEmpty();
  }

  @Test
  void navyPersonnelSentencedAreTheNavys() {
    assertThat(Readings.claims("sentenced-serving-personnel")).containsExactly("Qatari court OPPOSE Indian navy");
  }
}
