package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeparturesTest {

  @Test
  void welcomingAPartysExitIsNoSupportOfTheParty() {
    assertThat(Readings.claims("welcomed-partys-exit")).noneMatch(c -> c.endsWith("Liberal Party"));
  }

  @Test
  void welcomingAWithdrawalOfTroopsIsNoSupportOfThem() {
    assertThat(Readings.claims("welcomed-withdrawal-of-troops")).noneMatch(c -> c.endsWith("troops"));
  }

  @Test
  void welcomingAPartysProposalStillSupportsTheParty() {
    assertThat(Readings.claims("welcomed-partys-proposal")).containsExactly("Green Party SUPPORT Liberal Party");
  }
}
