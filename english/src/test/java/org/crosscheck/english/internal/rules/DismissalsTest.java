package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DismissalsTest {

  @Test
  void removingAPersonFromOfficeOpposesThem() {
    Readings.Reading r = Readings.of("dismissed-governor");
    assertThat(Dismissals.ofPerson(r.graph(), r.node("dismissed"))).isTrue();
    assertThat(Readings.claims("dismissed-governor")).contains("Kenya's President William Ruto OPPOSE Patrick Njoroge");
  }

  @Test
  void aPersonRemovedInThePassiveIsStillTheOneOpposed() {
    Readings.Reading r = Readings.of("ousted-passive");
    assertThat(Dismissals.ofPerson(r.graph(), r.node("ousted"))).isTrue();
  }

  @Test
  void dismissingClaimsIsNoRemoval() {
    Readings.Reading r = Readings.of("dismissed-claims-person");
    assertThat(Dismissals.ofPerson(r.graph(), r.node("dismissed"))).isFalse();
  }
}
