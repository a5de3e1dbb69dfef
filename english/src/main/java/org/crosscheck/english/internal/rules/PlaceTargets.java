package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Israeli strikes on villages continued despite the truce with Hezbollah", "troops shelled villages, Y said": a cue
 * whose own target argument is an inhabited place or a building ({@code place-nouns.tsv}) has its target named, and
 * it is a place, not a party. It takes no fallback target: the one other actor of the sentence (a party to the truce
 * it breaks, the voice that reports it) is not whom it was aimed at. Stateless.
 */
final class PlaceTargets {

  private PlaceTargets() {}

  /** Whether the cue {@code w}, verbal or nominal, is aimed at a place noun. */
  static boolean aimedAtPlace(Graph g, IndexedWord w, boolean nominal) {
    EnglishLexicon.RelationClass slot = nominal ? EnglishLexicon.RelationClass.NOUN_TARGET
        : EnglishLexicon.RelationClass.VERB_TARGET;
    return g.children(w, g.lex.relations(slot)).stream()
        .anyMatch(a -> g.pos(a).startsWith("NN") && g.lex.placeNouns.contains(g.lemmaOf(a)));
  }
}
