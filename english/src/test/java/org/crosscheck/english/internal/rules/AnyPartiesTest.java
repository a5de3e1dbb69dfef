package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnyPartiesTest {

  @Test
  void aHolderChosenWithAnyHoldsNoStance() {
    assertThat(Readings.claims("any-government")).isEmpty();
  }

  @Test
  void aTargetChosenWithAnyThroughItsDemonymIsNoTarget() {
    assertThat(Readings.claims("any-target")).containsExactly("Kenya OPPOSE -");
  }
}
