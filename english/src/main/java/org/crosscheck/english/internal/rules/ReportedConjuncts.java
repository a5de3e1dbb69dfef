package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "The agency said the strikes killed four people and wounded 11": the parser may join the last verb to the verb of
 * saying, so that the agency wounded eleven. A verb of force (CAMEO events 18 to 20) joined to a verb of saying, with
 * no subject of its own, in the reported verb's form (both simple past, no auxiliary: "killed … and wounded"),
 * continues what was reported; a verb of speech ("said the party welcomed Y's advice and accused Z") stays the
 * speaker's. The graph is mended before any rule reads it: the verb becomes the reported verb's conjunct, with its
 * subject. A verb in another form stays the speaker's ("determined that the group had committed crimes and imposed
 * sanctions"). Stateless.
 */
public final class ReportedConjuncts {

  private ReportedConjuncts() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge conj : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord said = conj.getGovernor();
      IndexedWord verb = conj.getDependent();
      if (!conj.getRelation().toString().startsWith("conj") || !SaidClauses.saying(said, lex)
          || !"VBD".equals(verb.tag()) || !force(lex, verb)) {
        continue;
      }
      IndexedWord reported = RawGraphs.children(g, said, "ccomp").stream()
          .filter(c -> "VBD".equals(c.tag())
              && RawGraphs.children(g, c, "aux", "aux:pass").isEmpty())
          .findFirst().orElse(null);
      List<IndexedWord> subjects = reported == null ? List.of() : RawGraphs.children(g, reported, "nsubj");
      if (subjects.size() != 1 || ownSubject(g, verb)) {
        continue;
      }
      g.removeEdge(conj);
      g.addEdge(reported, verb, conj.getRelation(), Double.NEGATIVE_INFINITY, false);
      for (SemanticGraphEdge s : new ArrayList<>(g.outgoingEdgeList(verb))) {
        if (s.getRelation().toString().equals("nsubj")) {
          g.removeEdge(s);
        }
      }
      g.addEdge(verb, subjects.get(0), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY,
          true);
      changed = true;
    }
    return changed;
  }

  /** Whether {@code verb} has a subject the basic graph gives it, not one shared from its first conjunct. */
  private static boolean ownSubject(SemanticGraph g, IndexedWord verb) {
    return g.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && !e.isExtra());
  }

  /** Whether the verb's own event is one of force (CAMEO 18–20: "wounded", "destroyed"), which no speaker does. */
  private static boolean force(EnglishLexicon lex, IndexedWord verb) {
    return lex.events.cueEvent(RawGraphs.lemma(verb), List.of()).map(e -> e.code())
        .filter(c -> c.startsWith("18") || c.startsWith("19") || c.startsWith("20")).isPresent();
  }
}
