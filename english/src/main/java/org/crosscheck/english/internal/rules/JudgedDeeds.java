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
 * an event of no side) is not. A reported judgement whose subject is such a noun judges the doer the same way
 * ('"The closure is illegal," Thailand said' after Laos closed a port; '"These strikes are a violation of our
 * sovereignty," Iraq said' after Turkey struck): the quote names no one, the article has. A deed with no doer told
 * ("The earthquake is a tragedy"), the speaker's own side's, or one of several makers recalls no one. Stateless.
 */
final class JudgedDeeds {

  private JudgedDeeds() {}

  /**
   * The doer or maker of the deed the naming verb {@code v} of {@code judge} judges as its object or as the subject
   * of its predicate {@code p} (UD's small clause: "called [the move a provocation]"), or null.
   */
  static ActorSpan doer(Graph g, IndexedWord v, IndexedWord p, ActorSpan judge) {
    String l = g.lemmaOf(v);
    Stance own = g.lex.stanceVerbs.containsKey(l) ? g.lex.stanceVerbs.get(l)
        : g.lex.events.cueEvent(l, g.following(g.idx(v), 8)).map(EventCodes.Event::stance).orElse(Stance.NEUTRAL);
    if (own != Stance.NEUTRAL) {
      return null;
    }
    ActorSpan doer = CondemnedDeeds.doer(g, v, List.of(judge));
    doer = doer != null ? doer : RecalledDecisions.maker(g, v, List.of(judge));
    for (IndexedWord s : g.children(p, "nsubj")) {
      doer = doer != null ? doer : ofSubject(g, s, judge);
    }
    return doer;
  }

  /** The doer or maker of the deed the subject {@code s} of a judgement reported by {@code judge} recalls, or null. */
  static ActorSpan ofSubject(Graph g, IndexedWord s, ActorSpan judge) {
    ActorSpan doer = CondemnedDeeds.doerOf(g, List.of(s), List.of(judge));
    return doer != null ? doer : RecalledDecisions.makerOf(g, s, List.of(judge));
  }
}
