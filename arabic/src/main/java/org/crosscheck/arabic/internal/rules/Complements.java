package org.crosscheck.arabic.internal.rules;

import org.crosscheck.Stance;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Whether a verb that takes no side says anything: the neutral cues ({@code cues.tsv}: watching, studying) are
 * transitive, and a stance is read from them only with what is watched (a noun, a name, "ما") or how ("بقلق", "عن
 * كثب") right after them, or after the subject that follows them ("روسيا تراقب بقلق", "تراقب موسكو الوضع"). One
 * whose clause ends there ("تراقب دمشق،", "روسيا تراقب.") or goes on with another preposition or a verb names
 * neither: in news it does not stand so, and in words strung together it does by chance. Stateless.
 */
final class Complements {

  private Complements() {}

  /** Whether the neutral verb at {@code cue} has nothing after it, or after the subject that follows it. */
  static boolean missing(Reading r, Segment seg, int cue, ActorSpan holder, Stance stance, boolean verbal) {
    if (stance != Stance.NEUTRAL || !verbal) {
      return false;
    }
    int k = cue + 1;
    if (!holder.implied() && holder.first() == k) {
      k = holder.last() + 1;
    }
    if (k >= seg.to()) {
      return true;
    }
    if (r.lex.is(r.word(k), GrammarClass.QUOTE) || r.lex.is(r.word(k), GrammarClass.AMBIGUOUS_QUOTE)) {
      // What is watched may be quoted ("تراقب «التحركات»").
      return false;
    }
    String t = r.tag(k);
    // "مع" and "لدى" are tagged as the nouns they also are.
    boolean watched = r.hasMention(k) || (t.contains("NN") || t.equals("DT") || t.equals("WP"))
        && !r.lex.is(r.key(k), GrammarClass.GOVERNING_PREPOSITION);
    return !watched && !MANNER.contains(r.folded(k));
  }

  /** "بـ" and "عن", the prepositions of how one watches ("بقلق", "بحذر", "عن كثب"). */
  private static final java.util.Set<String> MANNER = java.util.Set.of("\u0628", "\u0639\u0646");
}
