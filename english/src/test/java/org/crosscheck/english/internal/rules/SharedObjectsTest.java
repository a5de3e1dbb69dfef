package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SharedObjects: "X welcomed Y's offer, but Z rejected it" gives Z the offer's maker, never X. */
class SharedObjectsTest {

  @Test
  void aRejectedOfferNamedInTheConjoinedClauseIsItsMakers() {
    assertThat(Readings.claims("shared-but")).contains("Greece OPPOSE Turkey")
        .doesNotContain("Greece OPPOSE Germany", "Greece OPPOSE -");
  }

  @Test
  void aPlanDismissedInAWhereasClauseIsItsMakers() {
    assertThat(Readings.claims("shared-whereas")).anyMatch(c -> c.startsWith("Ukraine OPPOSE Chinese"))
        .noneMatch(c -> c.startsWith("Ukraine OPPOSE Brazil"));
  }

  @Test
  void aMakerDefendingItsOwnPlanTakesNoStanceTowardItself() {
    assertThat(Readings.claims("shared-own-plan")).noneMatch(c -> c.startsWith("Morocco SUPPORT Morocco"))
        .noneMatch(c -> c.startsWith("Morocco SUPPORT Spain"));
  }

  @Test
  void aProposalWhoseMakerIsUnnamedGivesTheSecondHolderNoTarget() {
    assertThat(Readings.claims("shared-no-maker")).contains("South Korea OPPOSE -")
        .noneMatch(c -> c.startsWith("South Korea OPPOSE Japan"));
  }
}
