package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Where something happens is not whom it is about. A noun of ground or water ({@code location-nouns.tsv}) that is an
 * oblique of the verb ("took to the streets of Dhaka", "seized a tanker in the Gulf of Oman", "off the coast of
 * Libya") is a place, and so is the actor its "of" phrase names: the protest is no stance toward Bangladesh, the
 * seizure none toward Oman. As an object the noun is what is acted on ("shelled the outskirts of Kharkiv") and its
 * "of" phrase stays a target. Stateless.
 */
final class Locations {

  private Locations() {}

  /** Whether {@code dep}, attached to its verb by {@code rel}, is a place: an oblique noun of ground or water. */
  static boolean where(Graph g, IndexedWord dep, String rel) {
    return rel.startsWith("obl") && g.pos(dep).startsWith("NN") && g.lex.locationNouns.contains(g.lemmaOf(dep));
  }

  /** Whether {@code w} is the "of" phrase of such a place ("Oman" in "in the Gulf of Oman"). */
  static boolean within(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    return p != null && g.relToParent(w).equals("nmod:of") && where(g, p, g.relToParent(p));
  }
}
