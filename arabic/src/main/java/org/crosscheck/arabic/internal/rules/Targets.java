package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Toward whom a cue's stance is taken: the first actor after the cue in its clause, other than the holder, within a
 * short reach. The search stops at punctuation (commas and the straight quote aside) and at a second verb; news
 * outlets and unnamed sources are never targets, nor is "لدى/من X" when the holder is implied (that X is a holder's
 * phrase, not a target). Stateless.
 */
final class Targets {

  private Targets() {}

  /** How far after the cue the target may stand, in tokens. */
  static final int REACH = 8;

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    ArabicLexicon lex = r.lex;
    int limit = Math.min(seg.to(), cue + REACH);
    for (int j = cue + 1; j < limit; j++) {
      String w = r.word(j);
      if (r.isPunct(j) && !lex.is(w, GrammarClass.AMBIGUOUS_QUOTE) && !lex.is(w, GrammarClass.COMMA)) {
        break;
      }
      ActorSpan m = r.mention(j);
      if (m != null && (holder.implied() || m.first() != holder.first()) && !m.media() && !m.anonymous()) {
        if (lex.is(r.key(j - 1), GrammarClass.HOLDER_PREPOSITION) && holder.implied()) {
          continue;
        }
        return Optional.of(m);
      }
      if (m == null && r.isVerb(j) && j > cue + 1) {
        break;
      }
    }
    return Optional.empty();
  }
}
