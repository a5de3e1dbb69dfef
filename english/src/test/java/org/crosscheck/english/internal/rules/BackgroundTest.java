package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  private static boolean looksBack(String id, String cue, LocalDate published) {
    Readings.Reading r = Readings.of(id, published, new Discourse());
    return Background.looksBack(r.graph(), r.node(cue), null);
  }

  @Test
  void pastYearInATimeModifierLooksBack() {
    assertThat(looksBack("in-2015", "backed", LocalDate.of(2024, 12, 1))).isTrue();
  }

  @Test
  void lastYearIsStillCurrent() {
    assertThat(looksBack("in-2015", "backed", LocalDate.of(2016, 3, 1))).isFalse();
  }

  @Test
  void historyAdverbLooksBack() {
    assertThat(looksBack("historically", "supported", LocalDate.of(2024, 12, 1))).isTrue();
  }

  @Test
  void plainClaimDoesNotLookBack() {
    assertThat(looksBack("will-support", "support", LocalDate.of(2024, 12, 1))).isFalse();
  }

  @Test
  void aNamedPeriodLooksBack() {
    assertThat(looksBack("named-war", "backed", LocalDate.of(2024, 12, 1))).isTrue();
  }

  @Test
  void aSpanLastingUntilNowDoesNotLookBack() {
    assertThat(looksBack("duration-for-years", "armed", LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(looksBack("duration-in-the-past", "armed", LocalDate.of(2026, 12, 1))).isTrue();
  }
}
