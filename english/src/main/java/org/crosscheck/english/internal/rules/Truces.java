package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;

/**
 * A truce is no alliance: "the army and the rebels signed a ceasefire", "X agreed to a truce with Y" tell that two
 * sides stop fighting, not that either backs the other. A supporting act of {@code truces.tsv} (ACT) whose object, or
 * whose "to" or "on" phrase, is a truce (NOUN), or an agreement compounded with one ("signed a ceasefire agreement"),
 * is NEUTRAL toward the other side. Appraisals are not such acts: "Qatar welcomed the truce" keeps its own stance.
 * Stateless.
 */
final class Truces {

  private Truces() {}

  /** The stance the cue {@code cue} takes, {@code stance} unless it makes a truce. */
  static Stance toward(Graph g, IndexedWord cue, Stance stance) {
    if (stance != Stance.SUPPORT || !g.pos(cue).startsWith("VB")
        || g.lex.truces.get(g.lemmaOf(cue)) != EnglishLexicon.TruceClass.ACT) {
      return stance;
    }
    for (IndexedWord o : g.children(cue, "obj", "obl:to", "obl:on")) {
      if (truce(g, o) || g.children(o, "compound").stream().anyMatch(c -> truce(g, c))) {
        return Stance.NEUTRAL;
      }
    }
    return stance;
  }

  private static boolean truce(Graph g, IndexedWord w) {
    return g.lex.truces.get(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT)) == EnglishLexicon.TruceClass.NOUN;
  }
}
