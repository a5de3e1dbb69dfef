package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A participle that sets up a comparison ("the largest fine ever imposed under the law", "the deadliest attack ever
 * carried out in the city"): "ever" makes it range over every such act, so it reports none, and whoever the
 * sentence names around it neither did nor underwent it. Its adverbs are {@code comparison-adverbs.tsv}.
 * Stateless.
 */
final class Comparisons {

  private Comparisons() {}

  /** Whether the verb cue is a participle on a noun that ranges over every act of its kind. */
  static boolean ranging(Graph g, IndexedWord w) {
    return g.relToParent(w).startsWith("acl") && g.pos(w).equals("VBN")
        && g.children(w, "advmod").stream().anyMatch(a -> g.lex.comparisonAdverbs.contains(g.lemmaOf(a)));
  }
}
