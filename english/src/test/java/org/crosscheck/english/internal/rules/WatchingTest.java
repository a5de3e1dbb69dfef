package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchingTest {

  @Test
  void watchingALaunchIsNoStance() {
    assertThat(Readings.claims("watch-launch")).isEmpty();
  }

  @Test
  void watchingAnotherStatesDrillIsNoStanceTowardIt() {
    assertThat(Readings.claims("watch-possessed-drill")).isEmpty();
  }

  @Test
  void monitoringTheSituationWithNoPartyNamedIsNoClaim() {
    assertThat(Readings.drafts("watch-situation")).isEmpty();
    assertThat(Readings.drafts("watch-continue")).isEmpty();
    assertThat(Readings.drafts("unresolved-monitoring")).isEmpty();
  }

  @Test
  void monitoringWithANamedPartyStaysNeutralTowardIt() {
    assertThat(Readings.claims("watch-situation-with")).containsExactly("United Nations NEUTRAL Kenya's government");
  }

  @Test
  void monitoringAShipATransitOrNothingNamedIsNoStance() {
    assertThat(Readings.claims("watch-monitored-transit")).isEmpty();
    assertThat(Readings.claims("watch-monitoring-alone")).isEmpty();
  }

  @Test
  void monitoringAnElectionWithNoPartyNamedIsNoClaim() {
    assertThat(Readings.drafts("watch-monitor-election")).isEmpty();
  }
}
