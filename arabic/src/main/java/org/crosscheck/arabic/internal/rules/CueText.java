package org.crosscheck.arabic.internal.rules;

import java.util.Set;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ModalityClass;

/**
 * The words that decided a stance, as written in the article: the cue, with the negation or plan noun shortly before
 * it ("لا نية … لمساعدة", "عدم دعم") and the "لـ" attached to it ("لمساعدة"). Stateless.
 */
final class CueText {

  private CueText() {}

  /** How far before the cue its negation or plan noun is taken in, in tokens. */
  static final int REACH = 4;

  static String of(Reading r, Segment seg, int cue) {
    int from = cue;
    for (int j = cue - 1; j >= Math.max(seg.from(), cue - REACH); j--) {
      Set<ModalityClass> m = r.lex.modalityOf(r.folded(j));
      if (m.contains(ModalityClass.NEGATION) || m.contains(ModalityClass.PLAN)
          || r.lex.is(r.word(j), GrammarClass.PURPOSE_LAM) && j == cue - 1) {
        from = j;
      }
    }
    return r.text(from, cue);
  }
}
