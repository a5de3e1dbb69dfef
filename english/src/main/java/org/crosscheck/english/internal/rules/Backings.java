package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;

/**
 * "would host talks next month, with the backing of the African Union", "launched the offensive with the support of
 * Y", "with US backing": a "with" phrase headed by a noun of support ({@code stance-nouns.tsv}) names a backer of the
 * act, not whom the act is toward, as "talks with Y" would. Stateless.
 */
final class Backings {

  private Backings() {}

  /** Whether {@code dep}, hung on a verb by {@code rel}, is a "with the backing of X" or "with X's support" phrase. */
  static boolean backer(Graph g, IndexedWord dep, String rel) {
    return rel.equals("obl:with") && g.lex.stanceNouns.get(g.lemmaOf(dep)) == Stance.SUPPORT;
  }
}
