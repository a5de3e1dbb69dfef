package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The EU found that the militia had committed war crimes, and has also sanctioned its leader, accusing the army of
 * abuses": the parser joins "has sanctioned" to the reported "had committed", so that the militia sanctions its
 * leader. A clause reported after a verb in the past is told in the pluperfect ("had committed"); a verb joined to it
 * in a tense the report cannot take ("has sanctioned", "will sanction") is the reporter's own next act. The graph is
 * mended before any rule reads it: that verb, and every conjunct of the reported verb after it ("accusing"), become
 * conjuncts of the reporting verb, with its subject. Stateless.
 */
public final class BackshiftedClauses {

  /** Auxiliaries of tenses a clause reported in the past is not told in. */
  private static final Set<String> PRESENT = Set.of("has", "have", "will", "is", "are");

  private BackshiftedClauses() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge c : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord reported = c.getDependent();
      IndexedWord reporter = c.getGovernor();
      if (!c.getRelation().toString().equals("ccomp") || !"VBD".equals(reporter.tag())
          || !aux(g, reported, Set.of("had"))) {
        continue;
      }
      IndexedWord own = null;
      for (SemanticGraphEdge j : g.outgoingEdgeList(reported)) {
        if (j.getRelation().toString().startsWith("conj") && aux(g, j.getDependent(), PRESENT)
            && (own == null || j.getDependent().index() < own.index())) {
          own = j.getDependent();
        }
      }
      if (own != null) {
        move(g, reporter, reported, own.index());
        changed = true;
      }
    }
    return changed;
  }

  /** Makes every conjunct of {@code reported} from word {@code from} on a conjunct of {@code reporter}. */
  private static void move(SemanticGraph g, IndexedWord reporter, IndexedWord reported, int from) {
    List<IndexedWord> subjects = RawGraphs.children(g, reporter, "nsubj");
    List<IndexedWord> theirs = RawGraphs.children(g, reported, "nsubj");
    for (SemanticGraphEdge j : new ArrayList<>(g.outgoingEdgeList(reported))) {
      IndexedWord v = j.getDependent();
      if (!j.getRelation().toString().startsWith("conj") || v.index() < from) {
        continue;
      }
      GrammaticalRelation rel = j.getRelation();
      g.removeEdge(j);
      SemanticGraphEdge shared = g.getEdge(reporter, v);
      if (shared != null) {
        // The enhanced graph shares the reported verb's "ccomp" with its conjuncts.
        g.removeEdge(shared);
      }
      g.addEdge(reporter, v, rel, Double.NEGATIVE_INFINITY, false);
      for (IndexedWord s : theirs) {
        SemanticGraphEdge e = g.getEdge(v, s);
        if (e != null) {
          g.removeEdge(e);
        }
      }
      for (IndexedWord s : subjects) {
        g.addEdge(v, s, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      }
    }
  }

  private static boolean aux(SemanticGraph g, IndexedWord v, Set<String> words) {
    return RawGraphs.children(g, v, "aux").stream()
        .anyMatch(a -> words.contains(a.word().toLowerCase(java.util.Locale.ROOT)));
  }

}
