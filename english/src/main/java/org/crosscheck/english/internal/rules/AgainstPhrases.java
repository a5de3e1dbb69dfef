package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A supporting act done against someone opposes them: "the US will help Ukraine defend itself against Russia",
 * "X sided with Kyiv against Moscow", "protected civilians against attacks by Y". The target reached through an
 * "against" phrase of a supporting cue takes the opposite stance; the cue's other targets keep its own. Stateless.
 */
final class AgainstPhrases {

  private AgainstPhrases() {}

  /** The stance the cue takes toward {@code target}. */
  static Stance toward(Graph g, IndexedWord cue, Stance stance, ActorSpan target) {
    if (stance != Stance.SUPPORT || target == null || target.implied()) {
      return stance;
    }
    IndexedWord cur = g.node(target.last());
    boolean against = false;
    for (int d = 0; cur != null && d < 8; d++) {
      if (cur.equals(cue)) {
        return against ? Stance.OPPOSE : stance;
      }
      String r = g.relToParent(cur);
      against |= r.equals("obl:against") || r.equals("nmod:against") || r.equals("advcl:against");
      cur = g.parent(cur);
    }
    return stance;
  }
}
