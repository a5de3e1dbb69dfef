package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A deed or a decision judged by a naming verb is a judgement of its doer: after "Ghana imposed tariffs on Togolese
 * cement", the next "Togo described the tariffs as discriminatory" or "Togo called the move a provocation" names no
 * one, yet a reader knows Togo judges Ghana. The judged object must be a bare noun recalling the last decision
 * ({@link RecalledDecisions}: "the move", "the tariffs") or act of force ({@link CondemnedDeeds}: "the strikes"),
 * told in this sentence or the two before, with one named maker or doer not on the judge's side; the same memory and
 * the same limits as a stance verb's ("Togo condemned the move"). A verb that is a stance cue of its own ("denounced
 * the move as …") already recalls its object there, so it is left to that reading; a verb of saying ("described",
 * an event of no side) is not. Stateless.
 */
final class JudgedDeeds {

  private JudgedDeeds() {}

  /** The doer or maker of the deed the naming verb {@code v} of {@code judge} judges as its object, or null. */
  static ActorSpan doer(Graph g, IndexedWord v, ActorSpan judge) {
    String l = g.lemmaOf(v);
    Stance own = g.lex.stanceVerbs.containsKey(l) ? g.lex.stanceVerbs.get(l)
        : g.lex.events.cueEvent(l, g.following(g.idx(v), 8)).map(EventCodes.Event::stance).orElse(Stance.NEUTRAL);
    if (own != Stance.NEUTRAL) {
      return null;
    }
    ActorSpan doer = CondemnedDeeds.doer(g, v, List.of(judge));
    return doer != null ? doer : RecalledDecisions.maker(g, v, List.of(judge));
  }
}
