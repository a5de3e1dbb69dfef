package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * 'Erdogan said Israel "does not want peace", and called on Washington to …': the parser joins the last verb to the
 * verb of the quoted report, so that Israel called on Washington. A verb joined to a reported verb, after the quote
 * closes, in the simple past of the verb of saying while the report is in another tense (a present, a modal: "does
 * not want", "cannot be trusted"), with no subject of its own, is the speaker's next act: the graph is mended before
 * any rule reads it, the verb becomes the saying verb's conjunct, with its subject. A report in the past ('said the
 * rebels had "crossed a red line" and attacked …') may go on past its quote, so it is left alone, as is a joined
 * verb before the quote closes. The inverse of {@link ReportedConjuncts}. Stateless.
 */
public final class QuotedConjuncts {

  private QuotedConjuncts() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge conj : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord reported = conj.getGovernor();
      IndexedWord verb = conj.getDependent();
      if (conj.isExtra() || !conj.getRelation().toString().startsWith("conj") || !"VBD".equals(verb.tag())
          && !("VBN".equals(verb.tag()) && RawGraphs.children(g, verb, "aux", "aux:pass").isEmpty())) {
        continue;
      }
      IndexedWord said = saidOf(g, reported, lex);
      List<IndexedWord> speakers = said == null ? List.of() : basic(g, said, "nsubj");
      if (speakers.size() != 1 || !"VBD".equals(said.tag()) || !basic(g, verb, "nsubj").isEmpty()
          || pastReport(g, reported) || !quoteClosesBetween(g, reported, verb)) {
        continue;
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.incomingEdgeList(verb))) {
        g.removeEdge(e);
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
        if (e.getRelation().toString().startsWith("nsubj")) {
          g.removeEdge(e);
        }
      }
      g.addEdge(said, verb, conj.getRelation(), Double.NEGATIVE_INFINITY, false);
      g.addEdge(verb, speakers.get(0), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY,
          true);
      changed = true;
    }
    return changed;
  }

  /** The verb of saying whose reported clause {@code reported} is, or null. */
  private static IndexedWord saidOf(SemanticGraph g, IndexedWord reported, EnglishLexicon lex) {
    for (SemanticGraphEdge e : g.incomingEdgeList(reported)) {
      if (!e.isExtra() && e.getRelation().toString().equals("ccomp") && SaidClauses.saying(e.getGovernor(), lex)) {
        return e.getGovernor();
      }
    }
    return null;
  }

  /** Whether the report is told in the simple past, which may go on past its quote. */
  private static boolean pastReport(SemanticGraph g, IndexedWord reported) {
    List<IndexedWord> aux = RawGraphs.children(g, reported, "aux", "aux:pass", "cop");
    if (aux.isEmpty()) {
      return "VBD".equals(reported.tag()) || "VBN".equals(reported.tag());
    }
    return aux.stream().allMatch(a -> "VBD".equals(a.tag()));
  }

  /** Whether a closing quote mark stands between the reported verb and the joined one. */
  private static boolean quoteClosesBetween(SemanticGraph g, IndexedWord reported, IndexedWord verb) {
    return g.vertexSet().stream().anyMatch(w -> "''".equals(w.tag()) && w.index() > reported.index()
        && w.index() < verb.index());
  }

  /** The dependents by {@code rel} that the basic tree gives, not those shared from a conjunct. */
  private static List<IndexedWord> basic(SemanticGraph g, IndexedWord w, String rel) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (!e.isExtra() && e.getRelation().toString().equals(rel)) {
        out.add(e.getDependent());
      }
    }
    return out;
  }
}
