package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "The party's leader Bruno Retailleau accused …", "LFI's parliamentary leader Mathilde Panot said …": after a
 * possessive, the parser may hang the name that follows a noun of an office ({@code person-nouns.tsv}) on it as a
 * bare "dep", so the subject is the office and a person the catalog does not know is lost. The graph is mended before
 * any rule reads it: a proper name starting right after such a noun, hung on it by "dep", is its apposition, as if
 * written between commas ("the party's leader, Bruno Retailleau,"), which {@link ApposedPersons} reads. A name the
 * tagger calls a date or a place is left alone. Stateless.
 */
public final class TitledNames {

  private TitledNames() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord office = e.getGovernor();
      IndexedWord name = e.getDependent();
      if (!e.getRelation().toString().equals("dep") || !"NN".equals(office.tag())
          || !lex.personNouns.contains(RawGraphs.lemma(office)) || name.tag() == null || !name.tag().equals("NNP")
          || name.ner() != null && !name.ner().equals("PERSON")
          || RawGraphs.start(g, name, "compound") != office.index() + 1) {
        continue;
      }
      g.removeEdge(e);
      g.addEdge(office, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, e.getWeight(), false);
      changed = true;
    }
    return changed;
  }
}
