package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Set;

/**
 * "Kenya accused the government of Mali of backing the rebels": after a verb that takes an "of" phrase of its own
 * (accuse Y of Z), the parser may give the verb the "of" that belongs to the object, reading Mali as the charge and
 * leaving "the government" nobody's. An "of" phrase right after the verb's common-noun object whose head is a proper
 * name the named-entity tagger knows as a place, an organisation or a person is the object's owner: one accuses a
 * party of a deed, never of a name. The graph is mended before any rule reads it by moving the phrase to the object.
 * Stateless.
 */
public final class OwnedObjects {

  private static final Set<String> NAMED = Set.of("LOCATION", "ORGANIZATION", "PERSON");

  private OwnedObjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      if (!e.getRelation().toString().equals("obl:of")) {
        continue;
      }
      IndexedWord verb = e.getGovernor();
      IndexedWord name = e.getDependent();
      if (!tag(name).startsWith("NNP") || !NAMED.contains(String.valueOf(name.ner()))) {
        continue;
      }
      for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
        IndexedWord object = o.getDependent();
        if (o.getRelation().toString().equals("obj") && tag(object).startsWith("NN") && !tag(object).startsWith("NNP")
            && object.index() + 2 == name.index()) {
          g.removeEdge(e);
          g.addEdge(object, name, UniversalEnglishGrammaticalRelations.getNmod("of"), Double.NEGATIVE_INFINITY, false);
          changed = true;
          break;
        }
      }
    }
    return changed;
  }

  private static String tag(IndexedWord w) {
    return w.tag() == null ? "" : w.tag();
  }
}
