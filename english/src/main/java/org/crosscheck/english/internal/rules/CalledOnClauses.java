package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "The US said it had called on Mali to engage in dialogue": the parser may read "on Mali to engage" as a clause of
 * its own, "on" its marker and Mali its subject, so that nobody is called on. A verb "call" with "on" or "upon" right
 * after it marking a clause with a subject is "call on" asking that subject: the graph is
 * mended before any rule reads it, the particle becomes the verb's, the subject its object, the infinitive its
 * complement with the object as its subject, as the parser reads "called on Russia to end …" elsewhere. Stateless.
 */
public final class CalledOnClauses {

  private CalledOnClauses() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (IndexedWord call : new ArrayList<>(g.vertexSet())) {
      if (!"call".equals(RawGraphs.lemma(call)) || call.tag() == null || !call.tag().startsWith("VB")) {
        continue;
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(call))) {
        IndexedWord clause = e.getDependent();
        if (!e.getRelation().toString().startsWith("advcl") && !e.getRelation().toString().equals("xcomp")) {
          continue;
        }
        IndexedWord particle = RawGraphs.children(g, clause, "mark").stream()
            .filter(m -> m.index() == call.index() + 1
                && ("on".equalsIgnoreCase(m.word()) || "upon".equalsIgnoreCase(m.word())))
            .findFirst().orElse(null);
        List<IndexedWord> subjects = RawGraphs.children(g, clause, "nsubj");
        if (particle == null || subjects.size() != 1) {
          continue;
        }
        IndexedWord asked = subjects.get(0);
        g.removeEdge(e);
        g.removeEdge(g.getEdge(clause, particle));
        g.removeEdge(g.getEdge(clause, asked));
        g.addEdge(call, particle, UniversalEnglishGrammaticalRelations.PHRASAL_VERB_PARTICLE, Double.NEGATIVE_INFINITY,
            false);
        g.addEdge(call, asked, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
        g.addEdge(call, clause, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY,
            false);
        g.addEdge(clause, asked, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
            Double.NEGATIVE_INFINITY, true);
        changed = true;
      }
    }
    return changed;
  }
}
