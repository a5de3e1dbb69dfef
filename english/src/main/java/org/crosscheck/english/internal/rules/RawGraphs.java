package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lookups on a parser's graph before any rule's {@link Graph} wraps it, for the repairs that mend it first
 * ({@link SaidClauses}, {@link CrossedObjects}, {@link BackshiftedClauses}, {@link ReportedLists}, {@link
 * ControlledRelatives}, {@link FrontedPlaces}, {@link ConjoinedSpeakers}, {@link ReducedRelatives}, {@link
 * ObjectParticiples}, {@link ConjoinedInfinitives}, {@link RelativeSubjects}, {@link DoubledSubjects}, {@link
 * TitledNames}, {@link SayingMarks}). Stateless.
 */
final class RawGraphs {

  private static final List<String> FINITE = List.of("VBD", "VBZ", "VBP");

  private RawGraphs() {}

  /** The dependents of {@code w} by any of the relations {@code rels}, named exactly, in the graph's order. */
  static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String... rels) {
    List<String> wanted = List.of(rels);
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (wanted.contains(e.getRelation().toString())) {
        out.add(e.getDependent());
      }
    }
    return out;
  }

  /** The first token of the phrase {@code w} heads with its dependents by {@code rels} ("Bruno" of "Bruno Retailleau"). */
  static int start(SemanticGraph g, IndexedWord w, String... rels) {
    int first = w.index();
    for (IndexedWord c : children(g, w, rels)) {
      first = Math.min(first, c.index());
    }
    return first;
  }

  /** Whether {@code w} is tagged as a finite verb: a past tense or a present one ("said", "says", "say"). */
  static boolean finite(IndexedWord w) {
    return FINITE.contains(w.tag());
  }

  /** Makes {@code to} a root of {@code g} in the place of {@code from}, when {@code from} is one. */
  static void replaceRoot(SemanticGraph g, IndexedWord from, IndexedWord to) {
    if (g.getRoots().contains(from)) {
      List<IndexedWord> roots = new ArrayList<>(g.getRoots());
      roots.set(roots.indexOf(from), to);
      g.setRoots(roots);
    }
  }

  /** The lemma of {@code w}, or the one CoreNLP's morphology gives its word and tag where the graph carries none. */
  static String lemma(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return (w.lemma() != null ? w.lemma() : Morphology.lemmaStatic(w.word().toLowerCase(Locale.ROOT), tag))
        .toLowerCase(Locale.ROOT);
  }
}
