package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdvisoriesTest {

  @Test
  void theAdvisedAreNoTargetOfAnAdviceAgainstTravel() {
    assertThat(Readings.claims("advised-against-travel")).noneMatch(c -> c.endsWith("citizens"));
  }

  @Test
  void anAskWithoutAnAgainstPhraseKeepsItsObject() {
    Readings.Reading r = Readings.of("advised-against-travel");
    assertThat(Advisories.warnedOff(r.graph(), r.node("advised"))).isTrue();
    assertThat(Advisories.warnedOff(r.graph(), r.node("travel"))).isFalse();
  }
}
