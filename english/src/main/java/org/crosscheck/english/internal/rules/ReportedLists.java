package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * "Amnesty said the fighters had killed civilians, burned villages and raped women": the parser may hang the verbs
 * after the first of a reported list on the verb of saying, as its conjuncts, and give them the speaker as subject
 * (Amnesty "raped women"). A conjunct of a verb of saying ({@code speech-verbs.tsv}) that comes after the verb the
 * speaker reports, right after that verb's own words and a comma or "and", with no subject but the speaker's, is a
 * conjunct of the reported verb: the graph is mended before any rule reads it, the verb moved under the reported
 * verb and given its subjects. It takes a series of two such verbs at least: a single one ("said the talks had
 * failed and recalled its envoy") is as often the speaker's own act, and so is a verb of saying ("…, and urged Y
 * to"). Stateless.
 */
public final class ReportedLists {

  private ReportedLists() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    // Counted before any edge moves: the series is the parser's, whole.
    java.util.Map<IndexedWord, Integer> series = new java.util.HashMap<>();
    for (IndexedWord w : g.vertexSet()) {
      List<IndexedWord> reported = RawGraphs.children(g, w, "ccomp");
      if (reported.size() == 1) {
        series.put(w, series(g, w, reported.get(0)));
      }
    }
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord said = e.getGovernor();
      IndexedWord verb = e.getDependent();
      if (!e.getRelation().toString().startsWith("conj") || !SaidClauses.saying(said, lex) || !verb(verb)) {
        continue;
      }
      if (series.getOrDefault(said, 0) < 2 || SaidClauses.saying(verb, lex)) {
        // "said the talks had failed and recalled its envoy": one act after what is said is as often the speaker's
        // own; a series of them ("had killed A, burned B and raped C") is the report's.
        continue;
      }
      IndexedWord clause = RawGraphs.children(g, said, "ccomp").get(0);
      List<IndexedWord> speakers = RawGraphs.children(g, said, "nsubj");
      List<IndexedWord> subjects = RawGraphs.children(g, clause, "nsubj", "nsubj:pass");
      if (!speakers.containsAll(RawGraphs.children(g, verb, "nsubj")) || !follows(g, clause, verb)) {
        continue;
      }
      g.removeEdge(e);
      g.addEdge(clause, verb, e.getRelation(), e.getWeight(), e.isExtra());
      for (SemanticGraphEdge s : new ArrayList<>(g.outgoingEdgeList(verb))) {
        if (s.getRelation().toString().equals("nsubj") && speakers.contains(s.getDependent())) {
          g.removeEdge(s);
        }
      }
      for (IndexedWord s : subjects) {
        g.addEdge(verb, s, g.getEdge(clause, s).getRelation(), Double.NEGATIVE_INFINITY, true);
      }
      changed = true;
    }
    return changed;
  }

  private static boolean verb(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("VB");
  }

  /** How many verbs the parser hangs on the verb of saying as conjuncts after the reported verb. */
  private static int series(SemanticGraph g, IndexedWord said, IndexedWord clause) {
    int n = 0;
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(said)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().startsWith("conj") && d.index() > clause.index() && verb(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether only commas, "and", "or" and the verb's own auxiliaries and adverbs stand between the last word the
   * reported verb governs and {@code verb}.
   */
  private static boolean follows(SemanticGraph g, IndexedWord clause, IndexedWord verb) {
    int end = clause.index();
    for (IndexedWord d : g.descendants(clause)) {
      if (d.index() < verb.index()) {
        end = Math.max(end, d.index());
      }
    }
    for (int k = end + 1; k < verb.index(); k++) {
      IndexedWord w = g.getNodeByIndexSafe(k);
      if (w == null) {
        continue;
      }
      String word = w.word();
      boolean own = g.getParent(w) != null && g.getParent(w).equals(verb);
      if (!word.equals(",") && !word.equals("and") && !word.equals("or") && !own) {
        return false;
      }
    }
    return true;
  }
}
