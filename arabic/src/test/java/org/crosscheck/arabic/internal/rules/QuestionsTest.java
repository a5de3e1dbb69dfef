package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionsTest {

  @Test
  void clauseThatAsksReportsNoStance() {
    assertThat(Fixture.of("هل تدعم روسيا الأسد؟").read("هل/RP تدعم/VBP روسيا/NNP الاسد/DTNNP ؟/PUNC")).isEmpty();
    assertThat(Fixture.of("روسيا تدعم الأسد.").read("روسيا/NNP تدعم/VBP الاسد/DTNNP ./PUNC")).hasSize(1);
  }
}
