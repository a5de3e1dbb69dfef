package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "Kenya said the talks had failed and accused Ethiopia of stalling": the parser may hang the object that follows
 * the second of two coordinated verbs on the first ("failed Ethiopia"), leaving the verb right before it with none.
 * An object with the second verb between its governor and it is the second verb's too: it is either shared
 * ("condemned and sanctioned Ukraine", where the basic graph gives it to the first verb only) or the second verb's
 * alone. The graph is mended before any rule reads it by giving the second verb, when it takes no object, clause or
 * passive subject of its own, that object as well; the first keeps it, since a shared object is the first verb's
 * too. Stateless.
 */
public final class CrossedObjects {

  private CrossedObjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      if (!e.getRelation().toString().equals("obj")) {
        continue;
      }
      IndexedWord first = e.getGovernor();
      IndexedWord object = e.getDependent();
      for (IndexedWord second : conjuncts(g, first)) {
        if (first.index() < second.index() && second.index() < object.index() && tag(second).startsWith("VB")
            && RawGraphs.children(g, second, "obj", "ccomp", "xcomp", "nsubj:pass").isEmpty()) {
          g.addEdge(second, object, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, true);
          changed = true;
        }
      }
    }
    return changed;
  }

  private static List<IndexedWord> conjuncts(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        out.add(e.getDependent());
      }
    }
    return out;
  }

  private static String tag(IndexedWord w) {
    return w.tag() == null ? "" : w.tag();
  }
}
