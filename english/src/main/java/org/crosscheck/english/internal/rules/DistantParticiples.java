package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "X, speaking at an event in Sao Paulo hosted by the bankers' federation, said …": the parser may hang the passive
 * participle on the noun the sentence opens with, across the comma, though it describes the noun phrase that ends
 * right before it, inside that noun's own modifier. Read so, the federation hosted X, not the event. The graph is
 * mended before any rule reads it: the participle becomes a modifier of the head of the phrase it follows. Only a
 * participle with an agent ("by" phrase), no comma before it, after a common noun's phrase that the far noun governs.
 * Stateless.
 */
public final class DistantParticiples {

  private DistantParticiples() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge acl : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord far = acl.getGovernor();
      IndexedWord participle = acl.getDependent();
      if (!acl.getRelation().toString().equals("acl") || !"VBN".equals(participle.tag())
          || RawGraphs.children(g, participle, "obl:by", "obl:agent").isEmpty()) {
        continue;
      }
      IndexedWord near = phraseHead(g, g.getNodeByIndexSafe(participle.index() - 1), participle);
      if (near == null || !near.tag().matches("NNS?") || g.isAncestor(near, far) < 0) {
        continue;
      }
      g.removeEdge(acl);
      g.addEdge(near, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY,
          false);
      changed = true;
    }
    return changed;
  }

  /**
   * The head of the noun phrase that ends with {@code last}: up through nouns before the participle ("an event in Sao
   * Paulo": "event"); null when {@code last} is punctuation or no noun.
   */
  private static IndexedWord phraseHead(SemanticGraph g, IndexedWord last, IndexedWord participle) {
    if (last == null || !last.tag().startsWith("NN")) {
      return null;
    }
    IndexedWord head = last;
    for (IndexedWord up = g.getParent(head); up != null && up.tag().startsWith("NN") && up.index() < participle.index();
        up = g.getParent(up)) {
      head = up;
    }
    return head;
  }
}
