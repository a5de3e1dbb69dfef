package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;

/**
 * A truce is no alliance: "the army and the rebels signed a ceasefire", "X agreed to a truce with Y" tell that two
 * sides stop fighting, not that either backs the other. A supporting act of {@code truces.tsv} (ACT) whose object, or
 * whose "to" or "on" phrase, is a truce (NOUN), or an agreement compounded with one ("signed a ceasefire agreement"),
 * is NEUTRAL toward the other side; so is a pause in the fighting for aid ("agreed to open a humanitarian corridor").
 * Appraisals are not such acts: "Qatar welcomed the truce" keeps its own stance.
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
    java.util.List<IndexedWord> made = new java.util.ArrayList<>(g.children(cue, "obj", "obl:to", "obl:on"));
    // "agreed to open a humanitarian corridor": what the agreed act makes.
    g.children(cue, "xcomp").forEach(x -> made.addAll(g.children(x, "obj")));
    for (IndexedWord o : made) {
      if (truce(g, o) || g.children(o, "compound").stream().anyMatch(c -> truce(g, c))) {
        return Stance.NEUTRAL;
      }
    }
    return stance;
  }

  /** Whether {@code w} is a truce: its lemma, or its lemma after a modifier ("humanitarian corridor"). */
  private static boolean truce(Graph g, IndexedWord w) {
    String l = g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT);
    return g.lex.truces.get(l) == EnglishLexicon.TruceClass.NOUN || g.children(w, "amod", "compound").stream()
        .anyMatch(m -> g.lex.truces.get(g.lemmaOf(m).toLowerCase(java.util.Locale.ROOT) + " " + l)
            == EnglishLexicon.TruceClass.NOUN);
  }
}
