package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class NegationNeglectTest {

  @Test
  void aDutyFailedIsNoStanceAgainstThoseFailed() {
    Readings.Reading r = Readings.of("neglect-protect");
    assertThat(Negation.neglected(r.graph(), r.node("protect"))).isTrue();
    assertThat(Readings.claims("neglect-protect")).containsExactly("Amnesty International OPPOSE Hungarian police");
  }

  @Test
  void supportFailedIsStillOpposition() {
    Readings.Reading r = Readings.of("neglect-support");
    assertThat(Negation.neglected(r.graph(), r.node("support"))).isFalse();
    assertThat(Readings.claims("neglect-support")).containsExactly("Turkey OPPOSE Sweden");
  }

  @Test
  void aDutyVowedIsSupport() {
    Readings.Reading r = Readings.of("duty-vowed");
    assertThat(Negation.neglected(r.graph(), r.node("protect"))).isFalse();
    assertThat(Readings.drafts("duty-vowed")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenya");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }
}
