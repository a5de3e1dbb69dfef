package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The UN hailed the deal struck by Sudan and South Sudan", "Egypt praised the ceasefire agreed by Hamas": the parser
 * may read the participle that describes the verb's object as a clause of its own, hung on the verb as a bare
 * dependent with the object as its subject, so that the deal seems to strike the two states and the verb to judge a
 * clause. The graph is mended before any rule reads it: the noun becomes the verb's object and the participle its
 * modifier (acl). Only a past participle with no object of its own, whose subject is a common noun standing right
 * after the verb with nothing but its own phrase between them (so no auxiliary: "said the deal was struck" is a
 * clause), on a verb with no object or clause of its own. Stateless.
 */
public final class ObjectParticiples {

  private ObjectParticiples() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge d : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord verb = d.getGovernor();
      IndexedWord participle = d.getDependent();
      if (!d.getRelation().toString().equals("dep") || !"VBN".equals(participle.tag()) || verb.tag() == null
          || !verb.tag().startsWith("VB") || participle.index() < verb.index()
          || !RawGraphs.children(g, participle, "obj").isEmpty()
          || !RawGraphs.children(g, verb, "obj", "ccomp", "xcomp").isEmpty()) {
        continue;
      }
      List<IndexedWord> subjects = RawGraphs.children(g, participle, "nsubj", "nsubj:pass");
      if (subjects.size() != 1 || !fills(g, subjects.get(0), verb.index() + 1, participle.index() - 1)) {
        continue;
      }
      IndexedWord noun = subjects.get(0);
      g.removeEdge(d);
      g.removeEdge(g.getEdge(participle, noun));
      g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY,
          false);
      changed = true;
    }
    return changed;
  }

  /** Whether {@code noun} is a common noun whose own phrase is every word from {@code from} to {@code to}. */
  private static boolean fills(SemanticGraph g, IndexedWord noun, int from, int to) {
    if (noun.tag() == null || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")) {
      return false;
    }
    Set<IndexedWord> phrase = g.descendants(noun);
    for (IndexedWord w : g.vertexSet()) {
      if (w.index() >= from && w.index() <= to && !phrase.contains(w)) {
        return false;
      }
    }
    return phrase.stream().allMatch(w -> w.index() >= from && w.index() <= to);
  }
}
