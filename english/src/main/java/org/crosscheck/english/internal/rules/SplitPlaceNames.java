package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;
import org.crosscheck.spi.ActorSpan;

/**
 * A name the parser splits between a place phrase and another argument: in "challenge the ban imposed by UEFA at the
 * Court of Arbitration for Sport" it hangs "Court" on the verb as the "at" phrase and "for Sport" on the verb as a
 * "for" phrase, which would name the court as whom the ban is imposed on. Where any word of a name whose head lies
 * outside the name is in a place phrase (PLACE in {@code relations.tsv}: "in", "at", "near"), the whole name is named
 * there: the court, tribunal or city where a thing is done, not a party to it. Stateless.
 */
final class SplitPlaceNames {

  private SplitPlaceNames() {}

  /** Whether a word of the name hangs in a place phrase from a word outside the name. */
  static boolean placed(Graph g, ActorSpan m) {
    Set<String> place = g.lex.relations(EnglishLexicon.RelationClass.PLACE);
    for (int k = m.first(); k <= m.last(); k++) {
      IndexedWord w = g.node(k);
      IndexedWord p = w == null ? null : g.parent(w);
      if (p != null && (g.idx(p) < m.first() || g.idx(p) > m.last()) && place.contains(g.relToParent(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code dep}, an argument of a verb outside a place phrase, is a word of a name whose head word the parser
   * hung in a place phrase of its own ("for Sport" of "at the Court of Arbitration for Sport").
   */
  static boolean split(Graph g, IndexedWord dep, String rel) {
    ActorSpan m = g.mentionOf(dep);
    return m != null && !g.lex.relations(EnglishLexicon.RelationClass.PLACE).contains(rel) && placed(g, m);
  }
}
