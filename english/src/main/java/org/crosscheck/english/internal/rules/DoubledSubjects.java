package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;

/**
 * "The opposition party Patriotic Renewal condemned …": the parser may make both the noun of organisations and the
 * name right after it subjects of the verb, as if two actors acted. The graph is mended before any rule reads it: of
 * two subjects of one verb, a name (a proper noun and its modifiers) that starts right after a noun of
 * organisations ({@code organisation-heads.tsv}) is that noun's apposition ({@link ApposedOrganisations}), and only
 * the noun is the subject. Two names, or a noun and a name apart ("the party and Patriotic Renewal"), are left
 * alone. Stateless.
 */
public final class DoubledSubjects {

  private DoubledSubjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
      java.util.List<IndexedWord> subjects = RawGraphs.children(g, verb, "nsubj");
      if (subjects.size() != 2) {
        continue;
      }
      IndexedWord noun = subjects.get(0).index() < subjects.get(1).index() ? subjects.get(0) : subjects.get(1);
      IndexedWord name = noun == subjects.get(0) ? subjects.get(1) : subjects.get(0);
      if (noun.tag() == null || !noun.tag().matches("NNS?") || !lex.organisationHeads.contains(RawGraphs.lemma(noun))
          || name.tag() == null || !name.tag().startsWith("NNP")
          || RawGraphs.start(g, name, "compound", "amod") != noun.index() + 1) {
        continue;
      }
      SemanticGraphEdge e = g.getEdge(verb, name);
      g.removeEdge(e);
      GrammaticalRelation appos = UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER;
      g.addEdge(noun, name, appos, e.getWeight(), false);
      changed = true;
    }
    return changed;
  }
}
