package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.LanguageExtraction;
import org.junit.jupiter.api.Test;

class SentencePartsTest {

  private static List<String> words(LanguageExtraction.Parts<ArabicSentence> parts) {
    return parts.parts().stream().map(p -> p.tokens().get(0).word() + "…" + p.tokens().get(p.size() - 1).word())
        .toList();
  }

  @Test
  void readsASentenceWithinTheBoundWhole() {
    ArabicSentence s = Fixture.of("روسيا تدعم سوريا.").sentence("روسيا/NNP تدعم/VBP سوريا/NNP ./PUNC");
    LanguageExtraction.Parts<ArabicSentence> parts = SentenceParts.of(s, 80, Fixture.LEX);
    assertThat(parts.parts()).containsExactly(s);
    assertThat(parts.cut()).isFalse();
  }

  @Test
  void cutsALongSentenceAfterTheLastCommaInReach() {
    ArabicSentence s = Fixture.of("روسيا تدعم سوريا، تركيا تدعم قطر، إيران تدعم العراق.").sentence(
        "روسيا/NNP تدعم/VBP سوريا/NNP ,/PUNC تركيا/NNP تدعم/VBP قطر/NNP ,/PUNC ايران/NNP تدعم/VBP العراق/DTNNP "
            + "./PUNC");
    LanguageExtraction.Parts<ArabicSentence> parts = SentenceParts.of(s, 5, Fixture.LEX);
    assertThat(words(parts)).containsExactly("روسيا…,", "تركيا…,", "ايران….");
    assertThat(parts.cut()).isFalse();
    assertThat(parts.parts().get(1).start()).isEqualTo(s.tokens().get(4).begin());
    assertThat(parts.parts().get(1).tokens().get(0).index()).isZero();
  }

  @Test
  void cutsBeforeAConjunctionWhenNoCommaIsInReach() {
    ArabicSentence s = Fixture.of("روسيا تدعم سوريا وتركيا تدعم قطر وإيران تدعم العراق.").sentence(
        "روسيا/NNP تدعم/VBP سوريا/NNP و/CC تركيا/NNP تدعم/VBP قطر/NNP و/CC ايران/NNP تدعم/VBP العراق/DTNNP ./PUNC");
    LanguageExtraction.Parts<ArabicSentence> parts = SentenceParts.of(s, 5, Fixture.LEX);
    assertThat(words(parts)).containsExactly("روسيا…سوريا", "و…قطر", "و….");
    assertThat(parts.cut()).isFalse();
  }

  @Test
  void skipsAStretchWithoutABoundaryAndSaysSo() {
    ArabicSentence s = Fixture.of("روسيا تدعم سوريا بقوة كبيرة جدا في كل المجالات.").sentence(
        "روسيا/NNP تدعم/VBP سوريا/NNP ب/IN قوة/NN كبيرة/JJ جدا/RB في/IN كل/NOUN_QUANT المجالات/DTNNS ./PUNC");
    LanguageExtraction.Parts<ArabicSentence> parts = SentenceParts.of(s, 5, Fixture.LEX);
    assertThat(parts.cut()).isTrue();
    assertThat(words(parts)).containsExactly(".….");
  }
}
