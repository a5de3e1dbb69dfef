package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;

/**
 * Whether a cue stands inside quotation marks: an odd number of marks (" « » “ ”) before it in the sentence. Marks
 * are counted rather than paired because the segmenter's straight quotes do not say whether they open or close.
 * Stateless.
 */
final class DirectSpeech {

  private DirectSpeech() {}

  static boolean quoted(Reading r, int cue) {
    int quotes = 0;
    for (int j = 0; j < cue; j++) {
      if (r.lex.is(r.word(j), GrammarClass.QUOTE)) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
