package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionsTest {

  @Test
  void questionWithItsAuxiliaryBeforeTheSubjectReportsNoStance() {
    assertThat(Readings.drafts("question-does")).isEmpty();
    Readings.Reading r = Readings.of("question-will-offer");
    assertThat(Questions.asks(r.graph(), r.node("support"))).isTrue();
    assertThat(Readings.drafts("question-will-offer")).isEmpty();
  }

  @Test
  void reportedQuestionAndStatementEndingInAQuestionStillReport() {
    Readings.Reading r = Readings.of("question-why");
    assertThat(Questions.asks(r.graph(), r.node("supports"))).isFalse();
    assertThat(Readings.drafts("question-why")).isNotEmpty();
    assertThat(Questions.asks(Readings.of("question-reported").graph(),
        Readings.of("question-reported").node("supports"))).isFalse();
  }
}
