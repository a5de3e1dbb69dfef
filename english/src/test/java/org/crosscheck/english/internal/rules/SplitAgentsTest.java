package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitAgentsTest {

  @Test
  void theEndOfAnAgentTheParserSplitOffIsNoTarget() {
    assertThat(Readings.claims("passive-agents-conj")).noneMatch(c -> c.endsWith("groups"));
  }

  @Test
  void thePassivesSubjectStaysTheTarget() {
    assertThat(Readings.claims("passive-agents-conj-army")).contains("United States OPPOSE Kenya's army")
        .noneMatch(c -> c.endsWith("groups"));
  }
}
