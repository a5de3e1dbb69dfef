package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * An act of ending or cutting a tie, a trade or a purchase ({@code ending-verbs.tsv}: "phase out", "end", "cut") in
 * the complement of a verb of support: "EU ministers agreed to phase out Russian gas" is no support of Russia, whose
 * gas is only what is given up; nor is "pledged to end purchases of Y's coal" one of Y. The support verb's target is
 * not looked for through it; an opposition's is ("threatened to cut off power to Y" is aimed at Y). Stateless.
 */
final class EndedTies {

  private EndedTies() {}

  /** Whether the target {@code t} of the cue {@code w} is named in a complement of ending ("to phase out Y's gas"). */
  static boolean through(Graph g, IndexedWord w, ActorSpan t) {
    // The parser may make the infinitive an adverbial clause ("agreed on Wednesday to phase out …").
    for (IndexedWord x : g.children(w, "xcomp", "advcl:to")) {
      if (ends(g, x)) {
        java.util.Set<Integer> span = new java.util.HashSet<>();
        g.collect(x, span, 0);
        if (span.contains(t.first()) || span.contains(t.last())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the verb {@code v} ends or cuts what it takes, alone or with its particle ("phase out"). */
  static boolean ends(Graph g, IndexedWord v) {
    return g.verbIn(v, g.lex.endingVerbs);
  }
}
