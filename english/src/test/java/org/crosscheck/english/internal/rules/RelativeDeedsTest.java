package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeDeedsTest {

  @Test
  void drillsARelativeClauseCondemnsAreTheirDoers() {
    assertThat(Readings.claims("reldeed-dep")).contains("China OPPOSE Japan", "China OPPOSE India");
  }

  @Test
  void sanctionsARelativeClauseCriticisesAreTheirMakers() {
    assertThat(Readings.claims("reldeed-relcl")).contains("Hungary OPPOSE EU");
  }

  @Test
  void aRelativePronounStandingForAnActorKeepsThatActor() {
    assertThat(Readings.claims("reldeed-actor")).contains("Iran SUPPORT Hezbollah")
        .doesNotContain("Iran SUPPORT Israel");
    Readings.Reading r = Readings.of("reldeed-actor");
    assertThat(RelativeDeeds.doers(r.graph(), r.node("backs"), java.util.List.of())).isEmpty();
  }

  @Test
  void anAccordARelativeClauseSaysTwoStatesSignedIsNotItsWelcomersDeed() {
    assertThat(Readings.claimIds("accord-signed-in-capital")).contains("RWA SUPPORT COD", "COD SUPPORT RWA")
        .doesNotContain("RWA SUPPORT USA", "COD SUPPORT USA");
  }
}
