package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrownObjectsTest {

  @Test
  void rocketsNamedAfterAPartyAreNoTargetOfTheirFiring() {
    assertThat(Readings.claims("weapon-fatah")).containsExactly("Pakistan OPPOSE Indian");
  }

  @Test
  void aMissileNamedAfterAPlaceIsFiredAtWhomTheAtPhraseNames() {
    assertThat(Readings.claims("weapon-palestine")).containsExactly("Houthis OPPOSE Israel");
    assertThat(Readings.claims("weapon-iskander")).containsExactly("Russia OPPOSE Kharkiv");
  }

  @Test
  void rocketsAsSubjectOrWithoutAMakeKeepTheirReading() {
    assertThat(Readings.claims("weapon-hamas-control")).containsExactly("Hamas rockets OPPOSE Israel");
    assertThat(Readings.claims("weapon-fired-plain-control")).containsExactly("Hezbollah OPPOSE Israel");
  }

  @Test
  void onlyAnAimedVerbOfFiringThrows() {
    Readings.Reading r = Readings.of("weapon-fatah");
    assertThat(ThrownObjects.thrown(r.graph(), r.node("fired"))).isTrue();
    Readings.Reading h = Readings.of("weapon-hamas-control");
    assertThat(ThrownObjects.thrown(h.graph(), h.node("struck"))).isFalse();
  }
}
