package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifiedWelcomesTest {

  @Test
  void anAppealSetAgainstAWelcomeBacksTheOneAsked() {
    assertThat(Readings.claims("qw-but")).contains("Ukraine's sports minister SUPPORT IOC")
        .doesNotContain("Ukraine's sports minister NEUTRAL IOC");
  }

  @Test
  void anAppealInAParticipleWithWhileIsSetAgainstTheWelcomeToo() {
    assertThat(Readings.claims("qw-while")).contains("Norway SUPPORT Sweden").doesNotContain("Norway NEUTRAL Sweden");
  }

  @Test
  void anAppealJoinedByAndStaysANeutralCall() {
    assertThat(Readings.claims("qw-and")).contains("Norway NEUTRAL Sweden").doesNotContain("Norway SUPPORT Sweden");
  }

  @Test
  void aThingWhoseOwnerIsNamedIsTheOwnersNotTheOneAsked() {
    assertThat(Readings.claims("qw-owner")).contains("Norway SUPPORT Denmark", "Norway NEUTRAL Sweden")
        .doesNotContain("Norway SUPPORT Sweden");
  }

  @Test
  void anAppealByAnotherAskerIsNotQualifiedByTheWelcome() {
    assertThat(Readings.claims("qw-other-subject")).contains("Finland NEUTRAL Sweden")
        .doesNotContain("Finland SUPPORT Sweden");
  }
}
