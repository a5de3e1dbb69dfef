package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeaderGovernmentsTest {

  @Test
  void aGovernmentNamedAfterItsLeaderIsTheLeadersGovernment() {
    assertThat(Readings.claimIds("leader-government")).containsExactly("HUN OPPOSE POLGOV");
  }

  @Test
  void anAdministrationNamedAfterItsLeaderHoldsTheStance() {
    assertThat(Readings.claimIds("leader-administration")).containsExactly("USAGOV OPPOSE ESP");
  }
}
