package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.BackgroundClass;

/**
 * Whether a clause looks back rather than reports news: a past year in it ("في نهاية عام 2012"), a word of history
 * ("منذ", "سابقا", "الماضي") outside an actor's name, or a sentence that opens with "يشار" (it is noted that).
 * The driver drops such a claim unless a named voice reports it. Stateless.
 */
final class Background {

  private Background() {}

  static boolean looksBack(Reading r, Segment seg) {
    for (int j = seg.from(); j < seg.to(); j++) {
      if (r.ctx.isPastYear(r.word(j))) {
        return true;
      }
      if (r.lex.is(r.key(j), BackgroundClass.HISTORY) && !r.hasMention(j)) {
        return true;
      }
    }
    return r.lex.is(r.key(0), BackgroundClass.HISTORY);
  }
}
