package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitPlaceNamesTest {

  @Test
  void aCourtWhoseNameTheParserSplitsIsWhereABanIsChallengedNotItsTarget() {
    assertThat(Readings.claims("split-place-court")).noneMatch(c -> c.contains("Court of Arbitration"));
  }
}
