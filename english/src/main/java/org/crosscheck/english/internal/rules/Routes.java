package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * The ground a thing crosses is no party to a stance about it: in "would oppose a corridor through Armenian
 * territory" or "weapons shipped via Turkey" the state crossed is not whom the opposition or the shipment is toward.
 * A name is on a route when it is the noun of a ROUTE link ({@code relations.tsv}) or the demonym, compound,
 * possessor or "of" phrase of that noun. Used where no argument names the target ({@link FallbackTarget}). Stateless.
 */
final class Routes {

  private Routes() {}

  private static final Set<String> OWNER = Set.of("amod", "compound", "nmod:poss", "nmod:of");

  /** Whether {@code head}, the last word of a name, names ground a thing crosses. */
  static boolean crossed(Graph g, IndexedWord head) {
    Set<String> route = g.lex.relations(EnglishLexicon.RelationClass.ROUTE);
    if (route.contains(g.relToParent(head))) {
      return true;
    }
    IndexedWord p = g.parent(head);
    return p != null && OWNER.contains(g.relToParent(head)) && g.pos(p).startsWith("NN")
        && route.contains(g.relToParent(p));
  }
}
