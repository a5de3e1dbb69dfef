package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.spi.ActorSpan;

/**
 * A guard for "they" that no clause above it gives an antecedent: when its own sentence has, before it, a plural
 * subject that names nobody ("Militias allied to the army said they had attacked Y", where the parser hangs "said"
 * and "they" loose), that subject is what "they" stands for, so the pronoun holds nothing rather than standing for
 * the holder of an earlier sentence. A named plural subject, or none, leaves the pronoun to the article's memory.
 * Stateless.
 */
final class UnnamedSubjects {

  private UnnamedSubjects() {}

  /** Whether {@code pronoun} is "they" after a plural common-noun subject of its sentence that names no actor. */
  static boolean before(Graph g, IndexedWord pronoun) {
    if (!pronoun.word().toLowerCase(Locale.ROOT).equals("they")) {
      return false;
    }
    for (IndexedWord w : g.g.vertexSet()) {
      if (w.index() >= pronoun.index() || !g.pos(w).equals("NNS")) {
        continue;
      }
      String r = g.relToParent(w);
      if (!r.equals("nsubj") && !r.equals("nsubj:pass")) {
        continue;
      }
      ActorSpan m = g.mentionOf(w);
      if (m == null || m.anonymous()) {
        return true;
      }
    }
    return false;
  }
}
