package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * "The accord was signed by X and Y, with Z and W attending": a "with" phrase whose parties a participle or an
 * adjective of presence describes ({@code onlooker-words.tsv}: attending, looking on, watching, present) says who was
 * there, not with whom the act was done. The word hangs on the last of the joined parties and describes them all.
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
    List<IndexedWord> parties = g.withConjuncts(first != null && g.relToParent(first).equals(rel) ? first : d);
    return parties.stream().flatMap(p -> g.children(p, "acl", "amod").stream())
        .anyMatch(x -> g.lex.onlookerWords.contains(g.lemmaOf(x).toLowerCase(java.util.Locale.ROOT)));
  }
}
