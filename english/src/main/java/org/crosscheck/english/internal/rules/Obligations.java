package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * What a speaker says must be done to someone, with no doer named, is the speaker's own stance toward them: in
 * "Russia must be held accountable, the minister said" or "Z said Y should be punished" the speaker asks for the act
 * and Y undergoes it, so the speaker opposes Y; "Y must be released" supports Y. A deontic modal alone makes a
 * demand of no one ({@link Complements}); here the demand is on nobody in particular and the one who voices it is
 * the only party left. Only a passive verb with a deontic modal of its own and no "by" agent ("Y must be punished by
 * the court" names who should act, and says nothing of the speaker), in a clause a named speaker reports; a negated
 * demand ("Y must not be punished") is left alone. Stateless.
 */
final class Obligations {

  private Obligations() {}

  /** The speaker who demands the act, or null when the cue is no such demand. */
  static ActorSpan demander(Graph g, StanceCues.Cue cue, SpeechFrames.Frame frame) {
    IndexedWord w = cue.head();
    if (cue.nominal() || cue.stance() == Stance.NEUTRAL || frame == null || frame.speaker == null
        || frame.verb.equals(w) || g.children(w, "aux:pass").isEmpty() || !g.children(w, "obl:agent").isEmpty()
        || g.children(w, "aux").stream().noneMatch(a -> g.lex.is(a.word(), EnglishLexicon.ModalityClass.DEONTIC))
        || Negation.negated(g, w, frame)) {
      return null;
    }
    return frame.speaker;
  }

  /** Those the act befalls: the actors the passive subject and its conjuncts name, never the speaker's own. */
  static List<ActorSpan> targets(Graph g, StanceCues.Cue cue, ActorSpan speaker) {
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord s : g.children(cue.head(), "nsubj:pass", "nsubj:pass:xsubj")) {
      for (IndexedWord x : g.withConjuncts(s)) {
        ActorSpan t = Targets.in(g, x, 0, List.of(speaker));
        if (t != null && !t.actor().id().equals(speaker.actor().id())
            && out.stream().noneMatch(o -> o.actor().id().equals(t.actor().id()))) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
