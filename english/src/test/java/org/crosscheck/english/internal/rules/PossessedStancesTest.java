package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PossessedStancesTest {

  @Test
  void aStanceNounWithANamedPossessorIsNotNegatedByTheClauseAroundIt() {
    assertThat(Readings.drafts("possessed-support-uncommented")).map(Readings::claimId)
        .containsExactly("UGA SUPPORT adhoc:armed_group:rebels");
  }

  @Test
  void aNounThatEndsThePossessedStanceStillNegatesIt() {
    assertThat(Readings.drafts("possessed-support-ended")).map(Readings::claimId)
        .containsExactly("UGA OPPOSE adhoc:armed_group:rebels");
  }

  @Test
  void aPossessivePronounLeavesTheNegationsAboveTheNounTheirSay() {
    assertThat(Readings.drafts("possessed-own-support-ended")).map(Readings::claimId)
        .containsExactly("UGA SUPPORT adhoc:armed_group:rebels");
  }
}
