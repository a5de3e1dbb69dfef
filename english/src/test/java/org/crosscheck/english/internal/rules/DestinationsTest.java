package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationsTest {

  @Test
  void theStateAPersonIsWelcomedToIsNoPartyToTheWelcome() {
    assertThat(Readings.claimIds("welcomed-bishop-to-rome")).noneMatch(c -> c.endsWith(" ITA"));
    assertThat(Readings.claimIds("welcomed-person-to-capital")).containsExactly("KEN SUPPORT yoweri-museveni");
  }

  @Test
  void theStateAidIsSentToIsItsRecipient() {
    assertThat(Readings.claimIds("sent-aid-to-state")).contains("KEN SUPPORT SOM");
  }

  @Test
  void theCityAJourneyGoesToIsNoFallbackTargetAndTheJourneyNoStance() {
    assertThat(Readings.claimIds("flew-to-city")).isEmpty();
  }
}
