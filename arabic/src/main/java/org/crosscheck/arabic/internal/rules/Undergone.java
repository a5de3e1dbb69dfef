package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Stances undergone: "تعرضت الدوحة لانتقادات من أبوظبي", "الحكومة تخضع لضغوط من الصندوق". The subject of a verb of
 * exposure ({@code objects.tsv}, EXPOSED: تعرض، خضع) before "لـ" and a nominal cue is the cue's target, not its
 * holder; the holder is the actor after "من" or an agent phrase ("من قبل", "على يد") right after the cue and its
 * adjectives, or none. Without this, the subject held the cue against its own attacker. Stateless.
 */
final class Undergone {

  private Undergone() {}

  /** How far before the cue the verb of exposure may stand, past its subject. */
  static final int REACH = 6;

  /** "ل" (folded), before the cue. */
  private static final String LAM = "\u0644";
  /** "من". */
  private static final String FROM = "\u0645\u0646";

  /** The verb of exposure whose "لـ" the nominal cue at {@code cue} follows, or -1. */
  static int verb(Reading r, Segment seg, int cue) {
    int lam = cue - 1;
    if (lam <= seg.from() || r.isVerb(cue) || !r.folded(lam).equals(LAM)) {
      return -1;
    }
    for (int k = lam - 1; k >= Math.max(seg.from(), cue - REACH); k--) {
      if (r.isVerb(k)) {
        return r.verbIn(k, ObjectClass.EXPOSED) ? k : -1;
      }
      if (r.isPunct(k) || !r.hasMention(k) && !r.tag(k).contains("NN") && !r.tag(k).contains("JJ")) {
        return -1;
      }
    }
    return -1;
  }

  /** Who the stance comes from: the actor after "من" or an agent phrase right after the cue; empty if none. */
  static Optional<ActorSpan> doer(Reading r, Segment seg, int cue) {
    int k = cue + 1;
    while (k < seg.to() && !r.hasMention(k) && r.tag(k).contains("JJ")) {
      k++;
    }
    if (k + 1 < seg.to() && r.folded(k).equals(FROM) && r.hasMention(k + 1)) {
      return Optional.of(r.mention(k + 1)).filter(Holders::holderLike);
    }
    return k < seg.to() ? Optional.ofNullable(Arguments.agentPhrase(r, seg, k)).filter(Holders::holderLike)
        : Optional.empty();
  }

  /** Who undergoes it: the verb's subject, after it ("تعرضت قطر لـ") or opening the clause before it. */
  static Optional<ActorSpan> undergoer(Reading r, Segment seg, int verb, ActorSpan holder) {
    ActorSpan after = verb + 1 < r.size() ? r.mention(verb + 1) : null;
    ActorSpan before = verb > seg.from() ? r.mention(verb - 1) : null;
    ActorSpan m = after != null ? after : before != null && before.last() == verb - 1 ? before : null;
    return Optional.ofNullable(m).filter(x -> holder.implied() || x.first() != holder.first());
  }
}
