package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchingTest {

  @Test
  void watchingALaunchIsNoStance() {
    assertThat(Readings.claims("watch-launch")).isEmpty();
  }

  @Test
  void watchingTheSituationIsMonitoring() {
    assertThat(Readings.claims("watch-situation")).containsExactly("Norway NEUTRAL -");
  }
}
