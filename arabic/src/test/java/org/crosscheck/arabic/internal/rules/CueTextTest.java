package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class CueTextTest {

  @Test
  void cueTextTakesInTheNegatedPlanBeforeIt() {
    assertThat(Fixture.of("لا نية لدى روسيا لمساعدة إيران.")
        .read("لا/VBP نية/NN لدى/NN روسيا/NNP ل/IN مساعدة/NN ايران/NNP ./PUNC"))
        .extracting(ClaimDraft::cue).containsExactly("نية لدى روسيا لمساعدة");
  }

  @Test
  void cueTextTakesInTheNegationBeforeIt() {
    assertThat(Fixture.of("أعلنت إيران عدم دعم قطر.")
        .read("اعلنت/VBD ايران/NNP عدم/NN دعم/NN قطر/NNP ./PUNC"))
        .extracting(ClaimDraft::cue).containsExactly("عدم دعم");
  }

  @Test
  void cueTextKeepsTheLamAttachedToTheCue() {
    assertThat(Fixture.of("روسيا تسعى لمساعدة إيران.").read("روسيا/NNP تسعى/VBP ل/IN مساعدة/NN ايران/NNP ./PUNC"))
        .extracting(ClaimDraft::cue).containsExactly("لمساعدة");
  }
}
