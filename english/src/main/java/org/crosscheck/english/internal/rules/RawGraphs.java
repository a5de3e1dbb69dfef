package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups on a parser's graph before any rule's {@link Graph} wraps it, for the repairs that mend it first
 * ({@link SaidClauses}, {@link CrossedObjects}, {@link BackshiftedClauses}). Stateless.
 */
final class RawGraphs {

  private RawGraphs() {}

  /** The dependents of {@code w} by any of the relations {@code rels}, named exactly, in the graph's order. */
  static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String... rels) {
    List<String> wanted = List.of(rels);
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (wanted.contains(e.getRelation().toString())) {
        out.add(e.getDependent());
      }
    }
    return out;
  }
}
