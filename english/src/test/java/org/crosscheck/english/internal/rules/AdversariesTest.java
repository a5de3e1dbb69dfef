package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdversariesTest {

  @Test
  void armingAGovernmentsOpponentsBacksNoGovernment() {
    Readings.Reading r = Readings.of("armed-opponents-of");
    assertThat(Adversaries.opposedOnly(r.graph(), r.node("opponents"))).isTrue();
    assertThat(Readings.claims("armed-opponents-of")).containsExactly("Uganda SUPPORT -");
  }

  @Test
  void shelteringAPresidentsCriticsBacksNoPresident() {
    assertThat(Readings.claims("sheltered-critics-of")).noneMatch(c -> c.endsWith("Museveni"));
  }

  @Test
  void arrestingAPresidentsCriticsOpposesNoPresident() {
    Readings.Reading r = Readings.of("arrested-critic-possessive");
    assertThat(Adversaries.opposedOnly(r.graph(), r.node("critics"))).isTrue();
    assertThat(Readings.claims("arrested-critic-possessive")).containsExactly("Police OPPOSE -");
  }

  @Test
  void aCriticInAppositionStillOpposesWhomHeCriticises() {
    assertThat(Readings.claims("longtime-critic-apposition")).contains("Senator Ann Wambui OPPOSE Ruto");
  }
}
