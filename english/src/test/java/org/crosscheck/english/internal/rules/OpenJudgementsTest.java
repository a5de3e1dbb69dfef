package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenJudgementsTest {

  @Test
  void aJudgementTheSpeakerDeniesJudgesNoOne() {
    assertThat(Readings.claims("norm-denied")).isEmpty();
  }

  @Test
  void aJudgementLeftOpenAsAQuestionJudgesNoOne() {
    assertThat(Readings.claims("norm-question")).isEmpty();
  }

  @Test
  void aJudgementTheSpeakerAssertsStillJudges() {
    assertThat(Readings.claims("norm-illegal-possessor")).containsExactly("Norway OPPOSE Russia");
  }
}
