package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A stance noun measured by a quantity stands where the quantity stands: in "gave Y $5 million in aid" or "sent 500
 * tonnes of assistance to Y" the aid is what the verb gives, so the light verb's subject holds it and its recipient
 * is its target. Stateless.
 */
final class Measures {

  private Measures() {}

  /** The quantity {@code noun} is the "of"/"in" phrase of ("5 million dollars of aid"), else {@code noun} itself. */
  static IndexedWord carrier(Graph g, IndexedWord noun) {
    IndexedWord p = g.parent(noun);
    String r = g.relToParent(noun);
    if (p != null && (r.equals("nmod:of") || r.equals("nmod:in")) && g.mentionOf(p) == null
        && (g.pos(p).startsWith("NN") || g.pos(p).equals("$")) && !g.children(p, "nummod").isEmpty()) {
      return p;
    }
    return noun;
  }
}
