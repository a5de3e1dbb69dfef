package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * "Burundi's government said the group remained a threat to Burundi": a noun of danger ({@code danger-nouns.tsv})
 * predicated of an actor ("is", "remains a threat to") in a clause reported by the voice of the very state it is a
 * danger to (the state, its government, an official speaking for it; the target the state, its government or its
 * people) is that voice calling the actor its foe: the claim is the speaker's against the actor. Left alone: a danger
 * to someone else than the speaker ("Kenya said the group was a threat to Somalia"), an unreported one, and one whose
 * subject is of the speaker's own state. Stateless.
 */
final class OwnThreats {

  private OwnThreats() {}

  /**
   * The speaker who holds the stance in place of the predicate's subjects, when the danger {@code w} is to the
   * speaker's own state; null otherwise.
   */
  static ActorSpan speaker(Graph g, IndexedWord w, SpeechFrames.Frame frame, List<ActorSpan> holders,
      List<ActorSpan> targets) {
    if (frame == null || frame.speaker == null || holders.isEmpty() || targets.isEmpty()
        || !g.pos(w).startsWith("NN") || !g.lex.dangerNouns.contains(g.lemmaOf(w)) || !predicated(g, w)) {
      return null;
    }
    Actor own = OwnPeople.voiceOf(g, frame.speaker.actor());
    if (own == null || !targets.stream().allMatch(t -> same(g, own, t))
        || holders.stream().anyMatch(h -> same(g, own, h))) {
      return null;
    }
    return frame.speaker;
  }

  /** "X is a threat", "X remains a threat": the noun is a predicate of its subject, not an argument of a verb. */
  private static boolean predicated(Graph g, IndexedWord w) {
    if (!g.children(w, "cop").isEmpty()) {
      return true;
    }
    IndexedWord copula = g.parent(w);
    return g.relToParent(w).equals("xcomp") && copula != null
        && g.verbOf(copula, EnglishLexicon.GovernorClass.COPULA);
  }

  private static boolean same(Graph g, Actor state, ActorSpan a) {
    Actor s = OwnPeople.stateOf(g, a.actor());
    return s != null && s.id().equals(state.id());
  }
}
