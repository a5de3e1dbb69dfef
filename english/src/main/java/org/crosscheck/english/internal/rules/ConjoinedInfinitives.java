package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;

/**
 * "Vietnam urged Indonesia to treat the fishermen humanely and to release those held": the parser may join the second
 * infinitive to the verb that governs the first, so that Vietnam seems to release them itself, and the appeal asks
 * only the first act. The graph is mended before any rule reads it: an infinitive ("to" and a base verb) joined by
 * "and" or "or" to a verb that takes an infinitive before it becomes that infinitive's conjunct, with its subject.
 * Only where the joined verb has no subject of its own in the basic graph. Stateless.
 */
public final class ConjoinedInfinitives {

  private ConjoinedInfinitives() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge c : new ArrayList<>(g.edgeListSorted())) {
      String r = c.getRelation().toString();
      IndexedWord verb = c.getGovernor();
      IndexedWord joined = c.getDependent();
      if (!r.equals("conj:and") && !r.equals("conj:or") || !"VB".equals(joined.tag())
          || RawGraphs.children(g, joined, "mark").stream().noneMatch(m -> "TO".equals(m.tag()))
          || ownSubject(g, joined)) {
        continue;
      }
      IndexedWord first = RawGraphs.children(g, verb, "xcomp").stream()
          .filter(x -> x.index() < joined.index() && "VB".equals(x.tag())).findFirst().orElse(null);
      if (first == null) {
        continue;
      }
      g.removeEdge(c);
      for (SemanticGraphEdge s : new ArrayList<>(g.outgoingEdgeList(joined))) {
        if (s.getRelation().toString().startsWith("nsubj")) {
          g.removeEdge(s);
        }
      }
      g.addEdge(first, joined, c.getRelation(), Double.NEGATIVE_INFINITY, false);
      for (SemanticGraphEdge s : g.outgoingEdgeList(first)) {
        GrammaticalRelation sr = s.getRelation();
        if (sr.toString().startsWith("nsubj")) {
          g.addEdge(joined, s.getDependent(), sr, Double.NEGATIVE_INFINITY, true);
        }
      }
      changed = true;
    }
    return changed;
  }

  /** Whether {@code v} has a subject of its own, not one the enhanced graph lent it from the verb it is joined to. */
  private static boolean ownSubject(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      if (e.getRelation().toString().startsWith("nsubj") && !e.isExtra()) {
        return true;
      }
    }
    return false;
  }
}
