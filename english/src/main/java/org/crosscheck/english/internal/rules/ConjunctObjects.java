package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "Iran seized a tanker, drawing condemnation from Athens and a warning from the U.S. Navy": the parser may hang the
 * second of two conjoined objects on the verb before the first one's, so that Iran seized a warning from the Navy.
 * The graph is mended before any rule reads it: a noun that is the object of one verb and the conjunct of the object
 * of a later verb is the later verb's object only. Stateless.
 */
public final class ConjunctObjects {

  private ConjunctObjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge obj : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord early = obj.getGovernor();
      IndexedWord noun = obj.getDependent();
      if (!obj.getRelation().toString().equals("obj")) {
        continue;
      }
      for (SemanticGraphEdge conj : g.incomingEdgeList(noun)) {
        IndexedWord first = conj.getGovernor();
        IndexedWord later = laterVerb(g, first, early);
        if (conj.getRelation().toString().startsWith("conj") && later != null) {
          g.removeEdge(obj);
          g.addEdge(later, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
          changed = true;
          break;
        }
      }
    }
    return changed;
  }

  /** A verb after {@code early} whose object {@code first} is, or null. */
  private static IndexedWord laterVerb(SemanticGraph g, IndexedWord first, IndexedWord early) {
    for (SemanticGraphEdge e : g.incomingEdgeList(first)) {
      IndexedWord v = e.getGovernor();
      if (e.getRelation().toString().equals("obj") && v.index() > early.index()) {
        return v;
      }
    }
    return null;
  }
}
