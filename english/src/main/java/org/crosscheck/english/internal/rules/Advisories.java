package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "The ministry advised citizens against travel to the region", "Washington warned Americans against going to Y": a
 * verb of asking (ASK in {@code governors.tsv}) with an "against" phrase warns its object off something; the object
 * is whom the advice is given to, not whom it is against (the dictionary's "advise against travel" is a move against
 * the place travelled to, which the "against" phrase names). Stateless.
 */
final class Advisories {

  private Advisories() {}

  /** Whether the object of the verb {@code w} is warned off what its "against" phrase names. */
  static boolean warnedOff(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("VB") && g.verbOf(w, EnglishLexicon.GovernorClass.ASK)
        && !g.children(w, "obl:against", "advcl:against").isEmpty();
  }
}
