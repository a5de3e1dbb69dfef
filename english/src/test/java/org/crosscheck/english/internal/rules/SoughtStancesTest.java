package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoughtStancesTest {

  @Test
  void backingSoughtFromAnActorIsNoneOfItsSupportYet() {
    assertThat(Readings.claims("sought-backing")).noneMatch(c -> c.startsWith("NATO"));
  }

  @Test
  void helpAskedForIsNotHelpGiven() {
    assertThat(Readings.claims("sought-asked-for")).noneMatch(c -> c.startsWith("French"));
  }

  @Test
  void backingOnlyHopedToBeWonIsNoSupportYet() {
    assertThat(Readings.claims("sought-to-win")).noneMatch(c -> c.startsWith("NATO"));
  }

  @Test
  void backingWonIsTheGiversSupport() {
    assertThat(Readings.claims("sought-won")).contains("NATO SUPPORT Finland");
  }

  @Test
  void whatTheSeekerAsksForRemainsTheSeekersOwnStance() {
    assertThat(Readings.claims("sought-called-for")).contains("Italy OPPOSE Syria");
  }

  @Test
  void sanctionsCalledForAreNoStanceOfTheBodyAskedToImposeThem() {
    assertThat(Readings.drafts("called-for-eu-sanctions"))
        .noneMatch(d -> d.holder().actor().id().equals("european-union"));
  }
}
