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

  @Test
  void monitoringAShipATransitOrNothingNamedIsNoStance() {
    assertThat(Readings.claims("watch-monitored-transit")).isEmpty();
    assertThat(Readings.claims("watch-monitoring-alone")).isEmpty();
  }

  @Test
  void monitoringAnElectionIsStillMonitoring() {
    assertThat(Readings.claims("watch-monitor-election")).containsExactly("EU NEUTRAL -");
  }
}
