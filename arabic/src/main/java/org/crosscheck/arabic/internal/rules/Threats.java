package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * Whom a threat is against when it names the act threatened: "هددت طهران بضرب تل أبيب", "توعدت الجماعة باستهداف
 * السفن البريطانية". A threat (CAMEO 13) followed by "بـ" and a masdar of a hostile act, past the holder, threatens
 * the act's object: the actor in its genitive, or the state whose demonym describes the noun after it. Elsewhere the
 * genitive of a transitive masdar is whom the act struck and no target of the cue ("تدين قصف المدنيين",
 * {@link Targets}); in a threat, the threatener would do the act, so whom it would strike is the target. Stateless.
 */
final class Threats {

  private Threats() {}

  /** The CAMEO family of threats. */
  static final String CODE = "13";
  /** "ب" (folded). */
  private static final String BI = "\u0628";

  /** The object of the act the threat at {@code cue} names, as the target; empty when the words are not so. */
  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    int b = cue + 1;
    if (!holder.implied() && holder.first() == b) {
      b = holder.last() + 1;
    }
    int act = b + 1;
    if (act + 1 >= seg.to() || !r.folded(b).equals(BI) || r.hasMention(act) || !StanceCues.hostileEvent(r, act)
        || !threat(r, cue)) {
      return Optional.empty();
    }
    ActorSpan m = r.mention(act + 1);
    if (m != null) {
      return m.media() || m.anonymous() || Targets.locative(r, m) ? Optional.empty() : Optional.of(m);
    }
    int noun = act + 1;
    if (!r.tag(noun).contains("NN") || r.tag(noun).contains("NNP")) {
      return Optional.empty();
    }
    for (int k = noun + 1; k < Math.min(seg.to(), noun + 1 + ObjectNisbas.ADJECTIVES); k++) {
      if (r.hasMention(k) || !r.tag(k).contains("JJ")) {
        return Optional.empty();
      }
      Optional<Actor> state = r.actors().stateOfDemonym(r.folded(k));
      if (state.isPresent()) {
        return Optional.of(ActorSpan.of(k, k, state.get(), r.word(k))).filter(s -> !ObjectNisbas.own(holder, s));
      }
    }
    return Optional.empty();
  }

  /** Whether the cue at {@code cue} is a threat. */
  private static boolean threat(Reading r, int cue) {
    return StanceCues.at(r, cue).flatMap(StanceCues.Cue::event).filter(e -> e.code().startsWith(CODE)).isPresent();
  }
}
