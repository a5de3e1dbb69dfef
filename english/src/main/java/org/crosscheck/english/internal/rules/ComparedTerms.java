package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "criticised the sanctions as more damaging to Europe than to Russia": a phrase brought in by "than" is the
 * standard a comparison measures against, no party to the act the sentence reports, so it is never the fallback
 * target. Stateless.
 */
final class ComparedTerms {

  private ComparedTerms() {}

  /** Whether the word {@code w}, the head of a name, is the standard of a comparison. */
  static boolean standard(Graph g, IndexedWord w) {
    return w != null && g.children(w, "case", "mark").stream().anyMatch(c -> c.word().equalsIgnoreCase("than"));
  }
}
