package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A verb of hiring ({@code hiring-verbs.tsv}) whose direct object is a person takes that person on, it backs nobody:
 * "the club signed Brazilian striker X", "signed the French winger X on a five-year deal" is a transfer. The object
 * is a person when the tagger names one there, or when its noun is one of people taken on under contract
 * ({@code player-nouns.tsv}); the parser may hang such a noun as an indirect object and the name beside it loosely,
 * so both object relations and their name-like dependents are read. Left alone: any other object ("signed a deal
 * with Y", "signed the accord", "signed X's request"), which keeps the verb's stance. Stateless.
 */
final class Signings {

  private Signings() {}

  /** Whether the verb {@code verb} hires the person it takes as object, so that it is no stance cue. */
  static boolean hires(Graph g, IndexedWord verb) {
    if (!g.lex.hiringVerbs.contains(g.lemmaOf(verb))) {
      return false;
    }
    for (IndexedWord o : g.children(verb, "obj", "iobj")) {
      if (person(g, o)) {
        return true;
      }
      for (IndexedWord d : g.children(o, "dep", "appos")) {
        if (person(g, d)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code verb} hires, or governs an infinitive that hires: "agreed to sign the defender X" is the transfer
   * agreed, no stance of the club's toward the player ("agreed to sign the accord with Y" is left alone).
   */
  static boolean hiresThrough(Graph g, IndexedWord verb) {
    return hires(g, verb) || g.children(verb, "xcomp").stream().anyMatch(x -> hires(g, x));
  }

  private static boolean person(Graph g, IndexedWord w) {
    return g.ctx.sentence().ner(g.idx(w)).equals("PERSON") || g.lex.playerNouns.contains(g.lemmaOf(w));
  }
}
