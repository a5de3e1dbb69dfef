package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenQuestionsTest {

  @Test
  void backingInAWhetherOrNotClauseIsNoClaimOfTheBacker() {
    Readings.Reading r = Readings.of("open-whether-alternative");
    assertThat(OpenQuestions.open(r.graph(), r.node("backs"))).isTrue();
    assertThat(Readings.claims("open-whether-alternative")).noneMatch(c -> c.startsWith("Austria"));
  }

  @Test
  void supportThatItIsUnclearWhetherItHoldsIsNoClaim() {
    Readings.Reading r = Readings.of("open-unclear-whether");
    assertThat(OpenQuestions.open(r.graph(), r.node("supports"))).isTrue();
    assertThat(Readings.claims("open-unclear-whether")).isEmpty();
  }

  @Test
  void supportOneWillDecideWhetherToGiveIsNoClaim() {
    Readings.Reading r = Readings.of("open-decide-whether");
    assertThat(OpenQuestions.open(r.graph(), r.node("support"))).isTrue();
    assertThat(Readings.claims("open-decide-whether")).isEmpty();
  }

  @Test
  void mainClauseBesideAWhetherClauseKeepsItsClaim() {
    Readings.Reading r = Readings.of("open-main-clause-kept");
    assertThat(OpenQuestions.open(r.graph(), r.node("back"))).isFalse();
    assertThat(Readings.claims("open-main-clause-kept")).contains("Norway SUPPORT Finland");
  }
}
