package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;

/**
 * A stance noun measured by a quantity stands where the quantity stands: in "gave Y $5 million in aid" or "sent 500
 * tonnes of assistance to Y" the aid is what the verb gives, so the light verb's subject holds it and its recipient
 * is its target. So does one a container counts or bundles ({@code container-nouns.tsv}): "announced a package of
 * aid for Y", "approved a fresh round of sanctions on Y", "launched two days of drills around Y". Stateless.
 */
final class Measures {

  private Measures() {}

  /**
   * The quantity {@code noun} is the "of"/"in" phrase of ("5 million dollars of aid"), or the container it is the
   * "of" phrase of ("a package of aid"), else {@code noun} itself.
   */
  static IndexedWord carrier(Graph g, IndexedWord noun) {
    IndexedWord p = g.parent(noun);
    String r = g.relToParent(noun);
    if (p != null && (r.equals("nmod:of") || r.equals("nmod:in")) && g.mentionOf(p) == null
        && (g.pos(p).startsWith("NN") || g.pos(p).equals("$"))
        && (!g.children(p, "nummod").isEmpty() || r.equals("nmod:of") && container(g, p))) {
      return p;
    }
    return noun;
  }

  /** What the container {@code w} holds: its "of" phrase ("a round of sanctions"), else {@code w} itself. */
  static IndexedWord contents(Graph g, IndexedWord w) {
    if (!container(g, w)) {
      return w;
    }
    List<IndexedWord> of = g.children(w, "nmod:of");
    return of.size() == 1 && g.pos(of.get(0)).startsWith("NN") && g.mentionOf(of.get(0)) == null ? of.get(0) : w;
  }

  private static boolean container(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("NN") && !g.pos(w).startsWith("NNP")
        && g.lex.containerNouns.contains(g.lemmaOf(w).toLowerCase(Locale.ROOT));
  }
}
