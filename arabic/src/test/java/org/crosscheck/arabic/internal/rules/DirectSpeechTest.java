package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.junit.jupiter.api.Test;

class DirectSpeechTest {

  @Test
  void cueInsideQuotationMarksIsDirectSpeech() {
    assertThat(withCue(Fixture.of("قال لافروف: «روسيا تدعم سوريا».").read(
        "قال/VBD لافروف/NNP :/PUNC \"/PUNC روسيا/NNP تدعم/VBP سوريا/NNP \"/PUNC ./PUNC"), "تدعم").direct()).isTrue();
  }

  @Test
  void cueAfterAClosedQuotationIsNot() {
    assertThat(withCue(Fixture.of("قال «نعم» ثم أكد أن روسيا تدعم سوريا.").read(
        "قال/VBD \"/PUNC نعم/RP \"/PUNC ثم/CC اكد/VBD ان/IN روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC"), "تدعم").direct())
        .isFalse();
  }
}
