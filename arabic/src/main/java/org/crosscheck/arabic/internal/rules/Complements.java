package org.crosscheck.arabic.internal.rules;

import org.crosscheck.Stance;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Whether a verb that takes no side says anything: the neutral cues ({@code cues.tsv}: watching, studying) are
 * transitive, and a stance is read from them only with what is watched or how ("روسيا تراقب بقلق", "تراقب موسكو
 * الوضع"). One whose clause ends right after it, or right after its subject ("تراقب دمشق،", "روسيا تراقب."), names
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
    return k >= seg.to() || r.isPunct(k) && !r.lex.is(r.word(k), GrammarClass.QUOTE)
        && !r.lex.is(r.word(k), GrammarClass.AMBIGUOUS_QUOTE);
  }
}
