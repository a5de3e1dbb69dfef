package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ImpositionsTest {

  @Test
  void sanctionsImposedAreTowardWhomTheyAreOnNotTheBodyWhoseTheyAre() {
    Readings.Reading r = Readings.of("impose-un-sanctions-on");
    assertThat(Impositions.on(r.graph(), r.node("imposed"))).extracting(w -> w.word()).containsExactly("Eritrea");
    assertThat(Readings.drafts("impose-un-sanctions-on")).filteredOn(d -> d.holder().text().equals("Norway"))
        .singleElement().satisfies(d -> {
          assertThat(d.target().orElseThrow().text()).isEqualTo("Eritrea");
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
          assertThat(d.fallbackTarget()).isFalse();
        });
  }

  @Test
  void aMeasureThreatenedInAnInfinitiveIsTowardItsAgainstPhrase() {
    assertThat(Readings.drafts("threaten-to-restore-eu-sanctions")).filteredOn(d -> d.holder().text().equals("Finland"))
        .singleElement().satisfies(d -> {
          assertThat(d.target().orElseThrow().text()).isEqualTo("Belarus");
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
          assertThat(d.fallbackTarget()).isFalse();
        });
  }

  /** "renewed the South Sudan arms embargo": the state compounded with the measure is whom it is on, not its owner. */
  @Test
  void aStateCompoundedWithAMeasureRenewedIsWhomItIsOn() {
    assertThat(Readings.claims("renewed-state-embargo")).containsExactly("Security Council OPPOSE South Sudan");
  }
}
