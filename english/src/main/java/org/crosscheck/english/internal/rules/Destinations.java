package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "The Vatican welcomed the bishop to Rome", "invited Xi to Moscow", "deported the activist to Turkey": the "to" phrase
 * of a verb that brings someone somewhere ({@code destination-verbs.tsv}) says where they go. The place is no party to
 * the act; whom it brings is. Delivery ({@link Handovers}: "extradited X to the US"), troops sent ({@link
 * MovedForces}) and an envoy recalled to his post are no such verbs. Stateless.
 */
final class Destinations {

  private Destinations() {}

  /** Whether {@code d}, an argument of the verb {@code w}, only says where the verb brings someone. */
  static boolean placeOnly(Graph g, IndexedWord w, IndexedWord d) {
    return g.pos(w).startsWith("VB") && g.lex.destinationVerbs.contains(g.lemmaOf(w))
        && g.relToParent(d).equals("obl:to") && w.equals(g.parent(d));
  }
}
