package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * "The accord was signed by X and Y, with Z and W attending": a "with" phrase whose parties a participle or an
 * adjective of presence describes ({@code onlooker-words.tsv}: attending, looking on, watching, present) says who was
 * there, not with whom the act was done. The word hangs on the last of the joined parties, or of those the parser set
 * in apposition to the first, and describes them all.
 * Stateless.
 */
final class Onlookers {

  private Onlookers() {}

  /** Whether {@code d}, a "with" phrase of a verb, names onlookers of its act. */
  static boolean present(Graph g, IndexedWord d, String rel) {
    if (!rel.equals("obl:with")) {
      return false;
    }
    IndexedWord first = g.firstConjunct(d);
    List<IndexedWord> parties = new ArrayList<>();
    for (IndexedWord x : g.withConjuncts(first != null && g.relToParent(first).equals(rel) ? first : d)) {
      parties.add(x);
      // "with Z, W's minister and V's envoy attending": the parser may set the others in apposition to the first.
      g.children(x, "appos").forEach(a -> parties.addAll(g.withConjuncts(a)));
    }
    return parties.stream().flatMap(p -> g.children(p, "acl", "amod").stream())
        .anyMatch(x -> g.lex.onlookerWords.contains(g.lemmaOf(x).toLowerCase(java.util.Locale.ROOT)));
  }
}
