package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.BackgroundClass;

/**
 * Whether a clause looks back rather than reports news: a past year in it ("في نهاية عام 2012"), a word of history
 * ("منذ", "سابقا", "الماضي") outside an actor's name, or a sentence that opens with "يشار" (it is noted that). Not
 * "منذ" before a recent time ("منذ الثلاثاء", "منذ أيام"), nor what a relative clause says of a noun's past.
 * The driver drops such a claim unless a named voice reports it. Stateless.
 */
final class Background {

  private Background() {}

  static boolean looksBack(Reading r, Segment seg) {
    boolean relative = false;
    for (int j = seg.from(); j < seg.to(); j++) {
      if (r.lex.is(r.folded(j), ArabicLexicon.SyntaxClass.RELATIVE)) {
        relative = true;
      } else if (r.lex.is(r.word(j), ArabicLexicon.GrammarClass.COMMA) || r.isPunct(j)) {
        relative = false;
      }
      if (relative) {
        // "… الذي أطاحه انقلاب عام 2006": what a relative clause tells of a noun's past dates the noun, not the news.
        continue;
      }
      if (r.ctx.isPastYear(r.word(j))) {
        return true;
      }
      if (r.lex.is(r.key(j), BackgroundClass.HISTORY) && !r.hasMention(j) && !recent(r, seg, j + 1)) {
        return true;
      }
    }
    return r.lex.is(r.key(0), BackgroundClass.HISTORY);
  }

  /** Whether token {@code j} names a recent time ("منذ الثلاثاء", "منذ أيام"): the news goes on since then. */
  private static boolean recent(Reading r, Segment seg, int j) {
    return j < seg.to() && (r.lex.is(r.folded(j), BackgroundClass.RECENT) || r.lex.is(r.key(j), BackgroundClass.RECENT));
  }
}
