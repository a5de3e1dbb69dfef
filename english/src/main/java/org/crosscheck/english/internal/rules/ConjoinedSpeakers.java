package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "Turkey voiced support for Islamabad and Indian officials said Pakistan had used Turkish drones": the parser may
 * join the speakers of a second clause to the last noun of the first ("support for Islamabad and Indian officials")
 * and leave the verb of saying that follows them with no subject. The graph is mended before any rule reads it: a
 * finite verb of saying with no subject, right after a noun joined by coordination to an earlier one, takes that noun
 * as its subject, and the noun leaves the coordination (and the relations the enhanced graph copied onto it). A verb
 * of saying with a subject of its own ("support for Islamabad and officials who said …") is left alone. Stateless.
 */
public final class ConjoinedSpeakers {

  private ConjoinedSpeakers() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (IndexedWord said : new ArrayList<>(g.vertexSet())) {
      if (!SaidClauses.saying(said, lex) || !RawGraphs.finite(said)
          || !RawGraphs.children(g, said, "nsubj", "nsubj:pass").isEmpty()) {
        continue;
      }
      IndexedWord speaker = g.getNodeByIndexSafe(said.index() - 1);
      if (speaker == null || speaker.tag() == null || !speaker.tag().startsWith("NN") || !conjoined(g, speaker)) {
        continue;
      }
      for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(speaker))) {
        g.removeEdge(in);
      }
      for (SemanticGraphEdge cc : new ArrayList<>(g.outgoingEdgeList(speaker))) {
        if (cc.getRelation().toString().equals("cc")) {
          g.removeEdge(cc);
          g.addEdge(said, cc.getDependent(), cc.getRelation(), cc.getWeight(), cc.isExtra());
        }
      }
      g.addEdge(said, speaker, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /** Whether {@code w} is the later conjunct of an earlier noun. */
  private static boolean conjoined(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
      if (e.getRelation().toString().startsWith("conj") && e.getGovernor().index() < w.index()) {
        return true;
      }
    }
    return false;
  }
}
