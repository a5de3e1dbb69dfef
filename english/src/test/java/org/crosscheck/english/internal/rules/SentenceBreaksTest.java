package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static final EnglishLexicon LEX = EnglishLexicon.get();

  @Test
  void oneLetterPlatformAfterOnEndsItsSentence() {
    String text = "She wrote in a post on X. Peru said it backed Chile.";
    assertThat(SentenceBreaks.mark(text, LEX)).isEqualTo("She wrote in a post on X.\nPeru said it backed Chile.");
  }

  @Test
  void initialAfterAnotherWordStaysAName() {
    String text = "A study by J. Okafor said Peru backed Chile.";
    assertThat(SentenceBreaks.mark(text, LEX)).isEqualTo(text);
  }

  @Test
  void dottedAbbreviationBeforeASentenceOpenerEndsItsSentence() {
    String text = "Tariffs were imposed by the U.S. The ministry in Lima said it would retaliate.";
    assertThat(SentenceBreaks.mark(text, LEX))
        .isEqualTo("Tariffs were imposed by the U.S.\nThe ministry in Lima said it would retaliate.")
        .hasSameSizeAs(text);
  }

  @Test
  void dottedAbbreviationBeforeANameOrAnUnlistedWordStays() {
    assertThat(SentenceBreaks.mark("The U.N. Security Council met at 9 a.m. Friday.", LEX))
        .isEqualTo("The U.N. Security Council met at 9 a.m. Friday.");
    assertThat(SentenceBreaks.mark("Two U.S. A-10 jets flew over the U.S. Embassy.", LEX))
        .isEqualTo("Two U.S. A-10 jets flew over the U.S. Embassy.");
  }

  @Test
  void titleBeforeASurnameThatLooksLikeAPronounStays() {
    String text = "Adm. He Jun said Beijing opposed the drills.";
    assertThat(SentenceBreaks.mark(text, LEX)).isEqualTo(text);
  }
}
