package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.spi.ActorSpan;

/**
 * The target an active participle of aiming names after an act of violence ({@code objects.tsv}, AIM): "فجر نفسه
 * مستهدفا موكبا للجيش" (blew himself up, targeting a convoy of the army), "شنت الطائرات غارات مستهدفة مواقع
 * المتمردين". The participle describes the doer's act as it happens, so what it aims at is what the act struck:
 * the first actor after it, past a few nouns of things (a convoy, a patrol, a headquarters of the actor); not the
 * holder, a news outlet, an unnamed source or a place. Stateless.
 */
final class Aims {

  private Aims() {}

  /** How far after the cue the participle may stand, in tokens. */
  static final int REACH = 14;
  /** How many nouns may stand between the participle and the actor ("دورية تابعة للقوات"). */
  static final int GAP = 3;

  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    int limit = Math.min(seg.to(), cue + REACH);
    for (int j = cue + 1; j < limit; j++) {
      if (r.isPunct(j) && !r.lex.is(r.word(j), ArabicLexicon.GrammarClass.COMMA) || r.isVerb(j)) {
        return Optional.empty();
      }
      if (!r.hasMention(j) && r.lex.is(r.key(j), ArabicLexicon.ObjectClass.AIM)) {
        return aimedAt(r, seg, j + 1, holder);
      }
    }
    return Optional.empty();
  }

  /** The first actor from {@code from}, past nouns, adjectives and brackets only. */
  private static Optional<ActorSpan> aimedAt(Reading r, Segment seg, int from, ActorSpan holder) {
    int nouns = 0;
    for (int k = from; k < Math.min(seg.to(), from + GAP + 2); k++) {
      ActorSpan m = r.mention(k);
      if (m != null) {
        boolean own = !holder.implied() && m.first() >= holder.first() && m.last() <= holder.last()
            || m.actor().id().equals(holder.actor().id());
        return own || m.media() || m.anonymous() || Targets.locative(r, m) ? Optional.empty() : Optional.of(m);
      }
      boolean bracket = BRACKETS.contains(r.word(k));
      if (!bracket && !Arguments.nominal(r, k) && !r.lex.is(r.key(k), ArabicLexicon.GrammarClass.TARGET_MARKER)) {
        return Optional.empty();
      }
      if (Arguments.nominal(r, k) && ++nouns > GAP) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Brackets, which may hold the name of the group aimed at ("مستهدفة مقاتلي (الحركة)"). */
  private static final String BRACKETS = "()";
}
