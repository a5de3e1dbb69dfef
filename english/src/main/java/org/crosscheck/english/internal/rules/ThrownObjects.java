package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Pakistan fired Fatah rockets at Indian positions", "the Houthis launched a Palestine-2 missile at Israel": the
 * object of a verb of throwing or firing ({@code projectile-verbs.tsv}) with an "at" or "into" phrase is what flies,
 * and a name compounded to it is the weapon's make, named after a party, a place or a people ("Fatah", "Palestine"),
 * not whom the act is aimed at. The target is looked for in the "at" or "into" phrase only. Without such a phrase the
 * object is left as it is ("fired rockets" with no aim says nothing of whom). Stateless.
 */
final class ThrownObjects {

  private ThrownObjects() {}

  /** Whether the object of the verb {@code w} is a projectile aimed by an "at" or "into" phrase. */
  static boolean thrown(Graph g, IndexedWord w) {
    return g.pos(w).startsWith("VB") && g.lex.projectileVerbs.contains(g.lemmaOf(w))
        && !g.children(w, "obl:at", "obl:into").isEmpty();
  }
}
