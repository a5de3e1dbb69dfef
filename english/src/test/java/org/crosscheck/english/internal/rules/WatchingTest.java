package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchingTest {

  @Test
  void watchingALaunchIsNoStance() {
    assertThat(Readings.claims("watch-launch")).isEmpty();
  }

  @Test
  void watchingTheSituationIsMonitoringButWithNoPartyNamedNoClaim() {
    Readings.Reading r = Readings.of("watch-situation");
    assertThat(Watching.idle(r.graph(), r.node("watching"))).isFalse();
    assertThat(Readings.claims("watch-situation")).isEmpty();
  }

  @Test
  void monitoringAShipATransitOrNothingNamedIsNoStance() {
    assertThat(Readings.claims("watch-monitored-transit")).isEmpty();
    assertThat(Readings.claims("watch-monitoring-alone")).isEmpty();
  }

  @Test
  void monitoringAnElectionIsStillMonitoringButWithNoPartyNamedNoClaim() {
    Readings.Reading r = Readings.of("watch-monitor-election");
    assertThat(Watching.idle(r.graph(), r.node("monitor"))).isFalse();
    assertThat(Readings.claims("watch-monitor-election")).isEmpty();
  }
}
