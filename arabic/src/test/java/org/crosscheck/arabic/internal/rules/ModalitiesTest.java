package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Modality;
import org.junit.jupiter.api.Test;

class ModalitiesTest {

  private static Modality modality(String text, String tagged, String cue) {
    return withCue(Fixture.of(text).read(tagged), cue).modality();
  }

  @Test
  void conditionPhraseAnywhereInTheClauseMakesItConditional() {
    assertThat(modality("روسيا ستدعم سوريا عند الضرورة.",
        "روسيا/NNP س/RP تدعم/VBP سوريا/NNP عند/NN الضرورة/DTNN ./PUNC", "تدعم")).isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void conditionWordBeforeTheCueMakesItConditional() {
    assertThat(modality("لو تدعم روسيا سوريا لتغير الوضع.",
        "لو/IN تدعم/VBP روسيا/NNP سوريا/NNP ل/IN تغير/VBP الوضع/DTNN ./PUNC", "تدعم"))
        .isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void idhaAfterTheCueMakesItConditional() {
    assertThat(modality("روسيا ستدعم سوريا إذا طلبت ذلك.",
        "روسيا/NNP س/RP تدعم/VBP سوريا/NNP اذا/IN طلبت/VBD ذلك/DT ./PUNC", "تدعم")).isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void hedgeBeforeTheCueHedgesIt() {
    assertThat(modality("ربما تدعم روسيا سوريا.", "ربما/RB تدعم/VBP روسيا/NNP سوريا/NNP ./PUNC", "تدعم"))
        .isEqualTo(Modality.HEDGED);
  }

  @Test
  void hedgeWordWithTheArticleHedgesToo() {
    assertThat(modality("بحسب التقارير، تدعم روسيا سوريا.",
        "ب/IN حسب/NN التقارير/DTNNS ,/PUNC تدعم/VBP روسيا/NNP سوريا/NNP ./PUNC", "تدعم")).isEqualTo(Modality.HEDGED);
  }

  @Test
  void qadBeforeAnImperfectVerbHedgesButBeforeAPerfectVerbAsserts() {
    assertThat(modality("روسيا قد تدعم سوريا.", "روسيا/NNP قد/RP تدعم/VBP سوريا/NNP ./PUNC", "تدعم"))
        .isEqualTo(Modality.HEDGED);
    assertThat(modality("روسيا قد دعمت سوريا.", "روسيا/NNP قد/RP دعمت/VBD سوريا/NNP ./PUNC", "دعمت"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void futureMarkerBeforeTheCueMakesItFuture() {
    assertThat(modality("روسيا ستدعم سوريا.", "روسيا/NNP س/RP تدعم/VBP سوريا/NNP ./PUNC", "تدعم"))
        .isEqualTo(Modality.FUTURE);
  }

  @Test
  void clauseWithoutMarkersIsAsserted() {
    assertThat(modality("روسيا تدعم سوريا.", "روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC", "تدعم"))
        .isEqualTo(Modality.ASSERTED);
  }
}
