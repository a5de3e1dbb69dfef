package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * A supporting act done against someone opposes them: "the US will help Ukraine defend itself against Russia",
 * "X sided with Kyiv against Moscow", "protected civilians against attacks by Y". The target reached through an
 * "against" phrase of a supporting cue takes the opposite stance; the cue's other targets keep its own. So does the
 * party a break is made from ({@code severance-nouns.tsv}): "the party favours a rapid break from Denmark",
 * "backed independence from Spain". Stateless.
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
      against |= r.equals("obl:against") || r.equals("nmod:against") || r.equals("advcl:against")
          || r.equals("nmod:from") && g.parent(cur) != null && g.lex.severanceNouns.contains(g.lemmaOf(g.parent(cur)));
      cur = g.parent(cur);
    }
    return stance;
  }
}
