package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "NATO allies split over Georgia's bid", "AU summit splits over readmission of Sudan": a stance noun ("allies",
 * "summit") that is the subject of a predicate of division ({@code divisions.tsv}) names a body whose members take
 * both sides of what they are divided over; it holds no stance of its own toward anyone in the sentence, though
 * read alone "NATO allies" is a tie and a summit a meeting. Stateless.
 */
final class Divisions {

  private Divisions() {}

  /** Whether the nominal cue is the subject of a predicate saying it is divided. */
  static boolean divided(Graph g, IndexedWord cue) {
    IndexedWord p = g.parent(cue);
    return p != null && g.relToParent(cue).startsWith("nsubj") && g.lex.divisions.contains(g.lemmaOf(p));
  }
}
