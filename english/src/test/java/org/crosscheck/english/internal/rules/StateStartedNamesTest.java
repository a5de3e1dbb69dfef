package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateStartedNamesTest {

  @Test
  void aPartyDescribedAsOneWhoseNameStartsWithAStateIsThatParty() {
    assertThat(Readings.claims("state-started-party")).containsExactly("Kenya Mbele Pamoja OPPOSE Norway");
  }

  @Test
  void aNameTheTaggerRunsOnPastTheStateIsOneBody() {
    assertThat(Readings.claims("state-started-run")).containsExactly("Sri Lanka Jathika Sandanaya OPPOSE Norway");
  }

  @Test
  void capitalisedWordsAfterAStateWithNoSignAreNoName() {
    assertThat(Readings.claims("state-started-plain")).noneMatch(c -> c.startsWith("Uganda Tujenge"));
  }

  @Test
  void aPlaceNamedAfterAStateIsNoBody() {
    assertThat(Readings.claims("state-started-sea")).noneMatch(c -> c.contains("China Sea"));
  }
}
