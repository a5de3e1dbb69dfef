package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;

/**
 * "Outside Parliament House, about 200 activists accused the military …", "Near Goma, M23 fighters attacked …": a
 * sentence that opens with a preposition of place ({@code fronted-prepositions.tsv}) before a bare name is misread
 * by the parser, which takes the preposition for an adjective or the name's first word, the place for the subject
 * and the actors after the comma for its apposition (or the clause for a parataxis on the place). The graph is mended
 * before any rule reads it: the apposition becomes the subject, the place an oblique of the verb with the preposition
 * as its case. A preposition the parser read as one ("Outside the court, …") heads no subject and is left alone.
 * Stateless.
 */
public final class FrontedPlaces {

  private FrontedPlaces() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    List<IndexedWord> words = g.vertexListSorted();
    if (words.isEmpty()) {
      return false;
    }
    IndexedWord prep = words.get(0);
    String word = prep.word().toLowerCase(Locale.ROOT);
    if (!lex.frontedPrepositions.contains(word)) {
      return false;
    }
    SemanticGraphEdge toPlace = g.incomingEdgeList(prep).stream().findFirst().orElse(null);
    IndexedWord place = toPlace == null ? null : toPlace.getGovernor();
    IndexedWord comma = place == null ? null : commaAfter(words, place);
    if (comma == null || place.tag() == null || !place.tag().startsWith("NN")) {
      return false;
    }
    IndexedWord verb = null;
    SemanticGraphEdge subject = null;
    for (SemanticGraphEdge e : g.incomingEdgeList(place)) {
      if (e.getRelation().toString().equals("nsubj")) {
        verb = e.getGovernor();
        subject = e;
      }
    }
    if (subject != null) {
      SemanticGraphEdge appos = after(g, place, "appos", comma);
      if (appos == null) {
        return false;
      }
      g.removeEdge(subject);
      g.removeEdge(appos);
      g.addEdge(verb, appos.getDependent(), subject.getRelation(), subject.getWeight(), false);
    } else {
      SemanticGraphEdge clause = after(g, place, "parataxis", comma);
      if (!g.isRoot(place) || clause == null) {
        return false;
      }
      verb = clause.getDependent();
      g.removeEdge(clause);
      RawGraphs.replaceRoot(g, place, verb);
    }
    g.addEdge(verb, place, UniversalEnglishGrammaticalRelations.getObl(word), Double.NEGATIVE_INFINITY, false);
    g.removeEdge(toPlace);
    g.addEdge(place, prep, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
    prep.setTag("IN");
    return true;
  }

  /** The sentence's first comma, when it comes after {@code place}; else null. */
  private static IndexedWord commaAfter(List<IndexedWord> words, IndexedWord place) {
    for (IndexedWord w : words) {
      if (w.word().equals(",")) {
        return w.index() > place.index() ? w : null;
      }
    }
    return null;
  }

  /** The edge {@code rel} from {@code place} to a word after the comma, or null. */
  private static SemanticGraphEdge after(SemanticGraph g, IndexedWord place, String rel, IndexedWord comma) {
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(place)) {
      if (e.getRelation().toString().equals(rel) && e.getDependent().index() > comma.index()) {
        return e;
      }
    }
    return null;
  }
}
