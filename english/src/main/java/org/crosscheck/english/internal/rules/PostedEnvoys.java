package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A state's envoy to an international body or another state speaks for the state that sends it, not where it is
 * posted: "China's U.N. ambassador criticised Japan", "the French UN envoy", "Russia's deputy U.N. ambassador",
 * "Russia's Syria envoy". The catalog names the phrase "U.N. ambassador" as the body; when the envoy noun ({@code
 * posted-envoys.tsv}) so named has a state as its possessor or a demonym before it, the actor is that state's
 * government; so is a possessive pronoun's state ("Its U.N. envoy" after the state's government). "The U.N. envoy for
 * Yemen", with no owner, stays the body's.
 * Stateless.
 */
final class PostedEnvoys {

  private PostedEnvoys() {}

  /** The government whose envoy to a body the noun {@code c} names, spanning owner to noun, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    return at(g, c, null);
  }

  /** As {@link #at(Graph, IndexedWord)}, a possessive pronoun read in the frame {@code frame} (may be null). */
  static ActorSpan at(Graph g, IndexedWord c, SpeechFrames.Frame frame) {
    ActorSpan m = c == null ? null : g.postAt(g.idx(c));
    if (m == null || m.actor().kind() == ActorKind.PERSON || !g.pos(c).startsWith("NN")
        || !g.lex.postedEnvoys.contains(g.lemmaOf(c).toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (IndexedWord o : g.children(c, "nmod:poss", "amod", "compound")) {
      // "Sudan's government welcomed the veto. Its U.N. envoy thanked Moscow": the pronoun's state owns the envoy.
      ActorSpan owner = g.pos(o).equals("PRP$") ? pronounOwner(g, o, frame) : g.postAt(g.idx(o));
      if (owner != null && owner.actor().kind() == ActorKind.GOVERNMENT && g.idx(o) < g.idx(c)) {
        // "Russia's deputy U.N. ambassador": the catalog may read the owner with the next word as its government.
        int from = Math.min(owner.first(), m.first());
        return ActorSpan.of(from, g.idx(c), owner.actor(), g.text(from, g.idx(c)));
      }
      Actor state = owner != null && owner.actor().kind() == ActorKind.STATE ? owner.actor() : g.demonym(o);
      if (state != null && g.idx(o) < g.idx(c)) {
        Actor gov = g.ctx.actors().composite(state, "GOV").orElse(state);
        int from = Math.min(g.idx(o), m.first());
        return ActorSpan.of(from, g.idx(c), gov, g.text(from, g.idx(c)));
      }
    }
    return null;
  }

  /**
   * The state or government a possessive pronoun before the envoy stands for: one named before it in the sentence,
   * or the only one the sentence before named ("Sudan's government, whose …, welcomed the veto. Its U.N. envoy …");
   * not whoever held a claim further back, which is as often the state the envoy answers.
   */
  private static ActorSpan pronounOwner(Graph g, IndexedWord o, SpeechFrames.Frame frame) {
    ActorSpan r = Antecedents.resolve(g, o, frame);
    List<Actor> before = PreviousSentence.previous(g).named();
    if (r != null && (before.contains(r.actor()) || namedBefore(g, r.actor(), g.idx(o)))) {
      return r;
    }
    List<Actor> states = before.stream()
        .filter(a -> a.kind() == ActorKind.STATE || a.kind() == ActorKind.GOVERNMENT).distinct().toList();
    return states.size() == 1 ? ActorSpan.of(g.idx(o), g.idx(o), states.get(0), o.word()) : null;
  }

  private static boolean namedBefore(Graph g, Actor a, int end) {
    for (int k = 0; k < end; k++) {
      ActorSpan m = g.mentionAt(k);
      if (m != null && m.actor().equals(a)) {
        return true;
      }
    }
    return false;
  }
}
