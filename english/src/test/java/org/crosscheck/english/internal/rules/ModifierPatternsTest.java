package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModifierPatternsTest {

  @Test
  void aidGroupsOrderedToLeaveAreNoAidGivenToTheirFunder() {
    assertThat(Readings.claims("modifier-pattern-aid-groups")).noneMatch(c -> c.startsWith("Mali SUPPORT"));
  }

  @Test
  void aidConvoysSentToAStateStayAid() {
    assertThat(Readings.claims("modifier-pattern-aid-convoys")).containsOnly("Egypt SUPPORT Sudan");
  }
}
