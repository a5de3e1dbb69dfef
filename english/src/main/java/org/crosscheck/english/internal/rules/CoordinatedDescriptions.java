package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "said Ana Ruiz, a senior lawmaker of the opposition Green Party and a frequent critic of Takeda": a second
 * description coordinated after the first in an apposition describes the same person, but the parser often hangs it
 * on the last noun of the first ("Party", or a word inside its name) as a conjunct or a loose dependent, so that the
 * critic seems to be the party's. An indefinite noun ("a critic", "a staunch ally") reached from such a word by a
 * conjunct or a dependent, climbing only through "of" phrases, conjuncts and dependents to a noun in apposition,
 * describes whom that apposition describes. Stateless.
 */
final class CoordinatedDescriptions {

  /** How far the climb from the description to the apposition may go. */
  private static final int REACH = 4;

  private CoordinatedDescriptions() {}

  /** The word the apposition the indefinite description {@code w} is coordinated into describes, or null. */
  static IndexedWord described(Graph g, IndexedWord w) {
    String first = g.relToParent(w);
    if (!g.pos(w).startsWith("NN") || !(first.startsWith("conj") || first.equals("dep"))
        || g.children(w, "det").stream().noneMatch(d -> g.lemmaOf(d).equals("a") || g.lemmaOf(d).equals("an"))) {
      return null;
    }
    IndexedWord cur = g.parent(w);
    for (int d = 0; cur != null && d < REACH; d++) {
      String r = g.relToParent(cur);
      if (r.equals("appos")) {
        return g.parent(cur);
      }
      if (!(r.equals("nmod:of") || r.startsWith("conj") || r.equals("dep"))) {
        return null;
      }
      cur = g.parent(cur);
    }
    return null;
  }
}
