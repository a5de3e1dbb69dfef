package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;

/**
 * Whether a clause asks rather than tells ("هل تدعم روسيا الأسد؟", "على ماذا اتفقت مدريد ولشبونة؟"): a
 * question mark ({@code grammar.tsv}, QUESTION_MARK) in it or right after it. A question reports no stance: it asks
 * whether there is one. Stateless.
 */
final class Questions {

  private Questions() {}

  static boolean asks(Reading r, Segment seg) {
    for (int k = seg.from(); k < Math.min(r.size(), seg.to() + 1); k++) {
      if (r.lex.is(r.word(k), GrammarClass.QUESTION_MARK)) {
        return true;
      }
    }
    return false;
  }
}
