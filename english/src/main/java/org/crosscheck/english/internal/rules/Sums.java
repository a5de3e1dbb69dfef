package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Sums of money in aid and pledges. A sum is written with a currency sign ("$10 million", tagged {@code $}) or a
 * currency noun ({@code currency-nouns.tsv}: "10 million euros"). The name or demonym that qualifies a currency ("US
 * dollars", "Australian dollars") says what the sum is counted in: it is no party, so "donated 5 million Australian
 * dollars to Fiji" is toward Fiji, not Australia. And a verb of saying whose direct object is a sum gives the sum:
 * "pledged $10 million to Ukraine", "promised 500 million euros to Jordan" are the dictionary's intent to aid, where
 * "pledged that it would…" still reports words. Stateless.
 */
final class Sums {

  private Sums() {}

  /** Whether {@code w} heads a sum of money: a currency sign or a currency noun. */
  static boolean sum(Graph g, IndexedWord w) {
    String pos = g.pos(w);
    if (pos.equals("$")) {
      return true;
    }
    return pos.startsWith("NN") && g.lex.currencyNouns.contains(g.lemmaOf(w));
  }

  /** Whether {@code link}, a modifier of {@code noun}, only says which currency a sum is in. */
  static boolean currencyOnly(Graph g, IndexedWord noun, IndexedWord link) {
    String rel = g.relToParent(link);
    return (rel.equals("amod") || rel.equals("compound")) && g.pos(noun).startsWith("NN")
        && g.lex.currencyNouns.contains(g.lemmaOf(noun));
  }

  /**
   * Whether the mention {@code m} only names the currency of a sum ("seized cash in rupiah and U.S. dollars"): a word
   * of it modifies a currency noun outside it. It names no actor, as holder, target or bystander. A name that ends in
   * a currency's word ("Sierra Leone") is a name.
   */
  static boolean currencyName(Graph g, org.crosscheck.spi.ActorSpan m) {
    if (m.implied()) {
      return false;
    }
    for (int k = m.first(); k <= m.last(); k++) {
      IndexedWord w = g.node(k);
      IndexedWord head = w == null ? null : g.parent(w);
      if (head != null && (g.idx(head) < m.first() || g.idx(head) > m.last()) && currencyOnly(g, head, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb {@code w} has a sum as its direct object, so that a verb of saying gives rather than speaks. */
  static boolean given(Graph g, IndexedWord w) {
    return g.children(w, "obj").stream().anyMatch(o -> sum(g, o));
  }
}
