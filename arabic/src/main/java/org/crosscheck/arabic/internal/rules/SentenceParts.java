package org.crosscheck.arabic.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.LanguageExtraction;

/**
 * Bounded work on long sentences: a sentence over the bound is read in pieces near the bound, cut after the last
 * comma or clause end (، ؛ .) in the piece, failing that before the last "و", never in its first third. A stretch
 * with neither is not read ({@code cut}). Stateless.
 */
public final class SentenceParts {

  private SentenceParts() {}

  /** The parts of {@code s} to read within {@code max} tokens each. */
  public static LanguageExtraction.Parts<ArabicSentence> of(ArabicSentence s, int max, ArabicLexicon lex) {
    if (s.size() <= max) {
      return new LanguageExtraction.Parts<>(List.of(s), false);
    }
    List<ArabicSentence> out = new ArrayList<>();
    boolean cut = false;
    int from = 0;
    while (from < s.size()) {
      int to = Math.min(s.size(), from + max);
      if (to < s.size()) {
        int at = cutPoint(s, from, to, max, lex);
        if (at < 0) {
          cut = true;
          from = to;
          continue;
        }
        to = at;
      }
      out.add(s.part(from, to));
      from = to;
    }
    return new LanguageExtraction.Parts<>(out, cut);
  }

  /** Where to cut {@code [from, to)}: after a clause mark, else before a conjunction; -1 when neither is found. */
  private static int cutPoint(ArabicSentence s, int from, int to, int max, ArabicLexicon lex) {
    for (int i = to - 1; i > from + max / 3; i--) {
      if (lex.is(s.word(i), GrammarClass.COMMA) || lex.is(s.word(i), GrammarClass.CLAUSE_END)) {
        return i + 1;
      }
    }
    for (int i = to - 1; i > from + max / 3; i--) {
      if (lex.is(s.word(i), GrammarClass.CONJUNCTION)) {
        return i;
      }
    }
    return -1;
  }
}
