package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.function.Predicate;

/** Edges of a graph written as a string, looked up by the words they join, for the tests of graph repairs. */
final class GraphEdges {

  private GraphEdges() {}

  /** The relation from {@code governor} to {@code dependent}, or "none". */
  static String rel(SemanticGraph g, String governor, String dependent) {
    var e = g.getEdge(node(g, governor), node(g, dependent));
    return e == null ? "none" : e.getRelation().toString();
  }

  /**
   * The graph written as {@code graph} after {@code repair}, which must report a change when {@code changes} and none
   * otherwise.
   */
  static SemanticGraph after(String graph, Predicate<SemanticGraph> repair, boolean changes) {
    SemanticGraph g = SemanticGraph.valueOf(graph);
    assertThat(repair.test(g)).as("the repair changed the graph").isEqualTo(changes);
    return g;
  }

  static IndexedWord node(SemanticGraph g, String word) {
    return g.vertexSet().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
  }
}
