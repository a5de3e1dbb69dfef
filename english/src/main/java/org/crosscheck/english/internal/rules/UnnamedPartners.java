package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "EU and Mercosur sign pact", "the army and a militia agreed a truce": a predicate that holds between its joined
 * subjects ({@code symmetric.tsv}) is each subject's stance toward the other. When the other is no actor the
 * catalog or the text names, the stance is toward it, not toward no one: a claim with no target would say the one
 * named agreed with nobody in particular, which nobody wrote. Stateless.
 */
final class UnnamedPartners {

  private UnnamedPartners() {}

  /** Whether the verb has more subjects ("and", or a headline's comma) than the holders found among them. */
  static boolean unnamed(Graph g, IndexedWord verb, List<ActorSpan> holders) {
    List<IndexedWord> subjects = new java.util.ArrayList<>(g.children(verb, "nsubj"));
    for (IndexedWord s : g.children(verb, "nsubj")) {
      subjects.addAll(CommaPairs.partners(g, verb, s));
    }
    return subjects.size() >= 2 && holders.size() < subjects.size();
  }
}
