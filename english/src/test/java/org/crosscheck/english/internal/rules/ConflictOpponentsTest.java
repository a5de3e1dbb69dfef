package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictOpponentsTest {

  @Test
  void backingTheGovernmentInItsDisputeWithAStateIsNoSupportForThatState() {
    assertThat(Readings.claims("conflict-opponent-backed")).doesNotContain("Qatar SUPPORT Bahrain");
  }

  @Test
  void strikesLaunchedInAWarWithAGroupStillOpposeIt() {
    assertThat(Readings.claims("conflict-opponent-strikes")).contains("Saudi Arabia OPPOSE Houthis");
  }
}
