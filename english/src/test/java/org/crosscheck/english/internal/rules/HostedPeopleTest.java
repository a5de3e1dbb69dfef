package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostedPeopleTest {

  @Test
  void aStateHostingAnotherStatesPeopleMeetsNoOne() {
    assertThat(Readings.claims("host-syrians")).isEmpty();
  }

  @Test
  void aStateHostingARefugeePopulationMeetsNoOne() {
    assertThat(Readings.claims("host-refugee-population")).isEmpty();
  }

  @Test
  void aStateHostingLeadersOfAGroupStillMeetsThem() {
    assertThat(Readings.claims("host-leaders-kept")).containsExactly("Qatar NEUTRAL Hamas leaders");
  }

  @Test
  void aStateHostingOtherStatesForTalksStillMeetsThem() {
    assertThat(Readings.claims("host-state-kept")).contains("Turkey NEUTRAL Ukraine", "Turkey NEUTRAL Russia");
  }

  @Test
  void anotherActOnAStatesPeopleKeepsItsClaim() {
    assertThat(Readings.claims("deported-afghans-kept")).containsExactly("Pakistan OPPOSE Afghans");
  }
}
