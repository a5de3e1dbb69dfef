package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * Who takes a gift takes no side by taking it: in "Jordan accepted aid from Saudi Arabia" the stance is Saudi
 * Arabia's toward Jordan (the undergone noun, {@link UndergoneNouns}), not Jordan's toward Saudi Arabia, though
 * "accept" is a cue of assent ("accepted the proposal"). A verb of undergoing ({@code undergoers.tsv}) whose object
 * is a noun of a thing given ({@code gift-nouns.tsv}), directly or as a measure's content ("accepted $500 million
 * in loans"), makes no claim of its own. Left alone: an accepted offer, invitation or proposal (the taker's assent),
 * and a gift refused or welcomed ("rejected aid from Y", "welcomed aid from Y": verbs that are no undergoing).
 * Stateless.
 */
final class TakenGifts {

  private TakenGifts() {}

  /** Whether the verb cue {@code w} takes a gift as its object. */
  static boolean taken(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.lex.undergoers.contains(g.lemmaOf(w))) {
      return false;
    }
    for (int i = 0; i < g.size(); i++) {
      IndexedWord n = g.node(i);
      if (n == null || !g.pos(n).startsWith("NN") || !g.lex.giftNouns.contains(g.lemmaOf(n))) {
        continue;
      }
      IndexedWord carrier = Measures.carrier(g, n);
      if (w.equals(g.parent(carrier)) && g.relToParent(carrier).equals("obj")) {
        return true;
      }
    }
    return false;
  }
}
