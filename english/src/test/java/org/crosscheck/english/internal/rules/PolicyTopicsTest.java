package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTopicsTest {

  @Test
  void theMatterOfAnOwnedPolicyIsNoTargetOfItsCritic() {
    assertThat(Readings.claims("policy-topic")).noneMatch(c -> c.endsWith("Kenya"));
  }

  @Test
  void aStanceOnAnOwnedPolicyIsTowardItsOwner() {
    assertThat(Readings.claims("policy-possessor")).containsExactly("Chile OPPOSE Peru");
  }

  @Test
  void aPolicyWithOneModifierIsItsOwners() {
    assertThat(Readings.claims("policy-owner")).containsExactly("Russia OPPOSE US");
  }
}
