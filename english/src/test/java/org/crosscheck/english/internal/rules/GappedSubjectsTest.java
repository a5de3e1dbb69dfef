package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GappedSubjectsTest {

  @Test
  void aSecondDonorWithItsOwnSumIsNoTargetOfTheFirst() {
    assertThat(Readings.claims("gapped-donor")).noneMatch(c -> c.contains("Germany"));
  }

  @Test
  void noDonorOfAListOfGappedPledgesIsATargetOfTheFirst() {
    assertThat(Readings.claims("gapped-donors-list")).noneMatch(c -> c.contains("Japan") || c.contains("France"));
  }

  @Test
  void aSecondDonorWithAFurtherSumIsNoTargetOfTheFirst() {
    assertThat(Readings.claims("gapped-donor-further")).noneMatch(c -> c.contains("France"));
  }

  @Test
  void statesJoinedAfterASumAreStillWhomItIsGivenTo() {
    assertThat(Readings.claims("sum-to-two-states")).containsExactlyInAnyOrder("Japan SUPPORT Sudan",
        "Japan SUPPORT Chad");
  }
}
