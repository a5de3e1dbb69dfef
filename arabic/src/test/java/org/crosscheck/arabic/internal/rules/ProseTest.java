package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

  @Test
  void newsSentenceIsProse() {
    Reading r = Fixture.of("أنقرة تتهم دمشق بخرق الهدنة.").reading(
        "انقرة/NNP تتهم/VBP دمشق/NNP ب/IN خرق/NN الهدنة/DTNN ./PUNC");
    assertThat(Prose.brokenSentence(r)).isFalse();
    assertThat(Prose.brokenWithin(r, 0, r.size() - 1)).isFalse();
  }

  @Test
  void prepositionBeforeAVerbOrAParticleBreaksTheOrder() {
    Reading r = Fixture.of("روسيا في تتهم إلى قد أوكرانيا.").reading(
        "روسيا/NNP في/IN تتهم/VBP الى/IN قد/RP اوكرانيا/NNP ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
    assertThat(Prose.broken(r, 3)).isTrue();
    assertThat(Prose.brokenSentence(r)).isTrue();
  }

  @Test
  void lamOfPurposeBeforeAVerbAndPrepositionBeforeAQuoteAreAllowed() {
    Reading r = Fixture.of("خرجوا ليطالبوا بـ\"الحرية\".").reading(
        "خرجوا/VBD ل/IN يطالبوا/VBP ب/IN \"/PUNC الحرية/DTNN \"/PUNC ./PUNC");
    assertThat(Prose.broken(r, 1)).isFalse();
    assertThat(Prose.broken(r, 3)).isFalse();
  }

  @Test
  void relativePronounBeforeAConjunctionBreaksTheOrder() {
    Reading r = Fixture.of("الحكومة التي و الجيش.").reading("الحكومة/DTNN التي/WP و/CC الجيش/DTNN ./PUNC");
    assertThat(Prose.broken(r, 1)).isTrue();
  }

  @Test
  void claimOverWordsOutOfOrderIsNotRead() {
    assertThat(Fixture.of("أنقرة تتهم دمشق في و بخرق الهدنة الذي.").read(
        "انقرة/NNP تتهم/VBP دمشق/NNP في/IN و/CC ب/IN خرق/NN الهدنة/DTNN الذي/WP ./PUNC")).isEmpty();
  }

  @Test
  void loneAdjectiveHoldsNoStance() {
    assertThat(Fixture.of("الروسي يهاجم أوكرانيا.").read("الروسي/DTJJ يهاجم/VBP اوكرانيا/NNP ./PUNC")).isEmpty();
  }
}
