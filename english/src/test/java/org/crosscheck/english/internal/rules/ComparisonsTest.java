package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonsTest {

  @Test
  void participleRangingOverEveryActOfItsKindReportsNone() {
    Readings.Reading r = Readings.of("ranging-ever");
    assertThat(Comparisons.ranging(r.graph(), r.node("imposed"))).isTrue();
    assertThat(Readings.drafts("ranging-ever")).noneMatch(d -> d.cue().contains("imposed"));
  }

  @Test
  void participleWithoutEverIsNoComparison() {
    Readings.Reading r = Readings.of("ranging-plain");
    assertThat(Comparisons.ranging(r.graph(), r.node("imposed"))).isFalse();
  }
}
