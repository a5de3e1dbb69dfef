package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AidCutsTest {

  @Test
  void anAidBodyStoppingItsHelpToPeopleInNeedIsNotAgainstThem() {
    assertThat(Readings.claims("aid-body-cut")).isEmpty();
  }

  @Test
  void aStateCuttingAidToAnotherStillOpposesIt() {
    assertThat(Readings.claims("aid-state-cut")).containsExactly("United States OPPOSE Ethiopia");
  }
}
