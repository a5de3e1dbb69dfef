package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A seizure of goods whose owner goes unnamed is no stance ({@code seizures.tsv}): "police seized two tonnes of
 * cocaine", "customs confiscated the cash" are law enforcement on no party. The verb's claim needs a target there;
 * with one ("seized weapons from the militia", "seized a British tanker") it stands. Stateless.
 */
final class Seizures {

  private Seizures() {}

  /** Whether the verb cue {@code w} seizes goods (its object, or the goods a quantity object measures). */
  static boolean ofGoods(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || g.lex.seizures.get(g.lemmaOf(w)) != EnglishLexicon.SeizureClass.VERB) {
      return false;
    }
    return g.children(w, "obj", "nsubj:pass").stream().anyMatch(o -> goods(g, o)
        || g.children(o, "nmod:of").stream().anyMatch(m -> goods(g, m)));
  }

  private static boolean goods(Graph g, IndexedWord n) {
    String l = g.lemmaOf(n);
    return g.pos(n).startsWith("NN")
        && (g.lex.seizures.get(l) == EnglishLexicon.SeizureClass.GOODS || g.lex.currencyNouns.contains(l));
  }
}
