package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * "the FDLR, which the Congolese army continues to arm": in an object relative clause on a verb of subject control
 * ({@code subject-control-verbs.tsv}) with an infinitive, the enhanced graph makes the noun the relative pronoun
 * stands for the object of the control verb and so the infinitive's controlled subject (the FDLR "arms"), where it is
 * the infinitive's object and the clause's subject its subject (the army arms the FDLR). The graph is mended before
 * any rule reads it. Verbs of object control ("the man whom police urged to leave") keep their reading. Stateless.
 */
public final class ControlledRelatives {

  private ControlledRelatives() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      if (!e.getRelation().toString().equals("acl:relcl")) {
        continue;
      }
      IndexedWord noun = e.getGovernor();
      IndexedWord verb = e.getDependent();
      SemanticGraphEdge object = g.getEdge(verb, noun);
      List<IndexedWord> subjects = RawGraphs.children(g, verb, "nsubj");
      if (object == null || !object.getRelation().toString().equals("obj")
          || !lex.subjectControlVerbs.contains(RawGraphs.lemma(verb))) {
        continue;
      }
      for (IndexedWord x : RawGraphs.children(g, verb, "xcomp")) {
        SemanticGraphEdge controlled = g.getEdge(x, noun);
        if (controlled == null || !controlled.getRelation().toString().equals("nsubj:xsubj")
            || !RawGraphs.children(g, x, "obj").isEmpty()) {
          continue;
        }
        g.removeEdge(object);
        g.removeEdge(controlled);
        g.addEdge(x, noun, object.getRelation(), object.getWeight(), object.isExtra());
        for (IndexedWord s : subjects) {
          g.addEdge(x, s, controlled.getRelation(), controlled.getWeight(), controlled.isExtra());
        }
        changed = true;
        break;
      }
    }
    return changed;
  }
}
