package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "The embassy condemned what it called China's reckless actions", "Turkey denounced what it described as Israel's
 * aggression": the parser reads the free relative as a clause the stance verb reports, so the thing condemned is the
 * object of "called" and the stance has no object. A clause under a stance verb ({@code stance-verbs.tsv} or a
 * dictionary verb, not a verb of saying) whose verb names a thing ({@code naming-verbs.tsv}: "called", "described
 * as") and has "what" as its object is the stance verb's object, worded by its holder: the graph is mended before any rule reads it, the named thing becomes the stance
 * verb's object and the naming clause a relative clause on it, so that the possessor ("China's") is the target as in
 * "condemned China's reckless actions". Speech verbs are left alone ("said what it called …" reports). Stateless.
 */
public final class NamedObjects {

  private NamedObjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g, EnglishLexicon lex) {
    boolean changed = false;
    for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord stance = e.getGovernor();
      IndexedWord naming = e.getDependent();
      if (!e.getRelation().toString().equals("ccomp") || stance.tag() == null || !stance.tag().startsWith("VB")
          || !cue(lex, RawGraphs.lemma(stance)) || !RawGraphs.children(g, stance, "obj").isEmpty()
          || naming.tag() == null || !naming.tag().startsWith("VB")
          || RawGraphs.children(g, naming, "obj").stream().noneMatch(o -> "WP".equals(o.tag()))) {
        continue;
      }
      String lemma = RawGraphs.lemma(naming);
      List<IndexedWord> named = lex.namingVerbs.contains(lemma)
          ? RawGraphs.children(g, naming, "obj", "xcomp", "obl:as").stream().filter(o -> !"WP".equals(o.tag())).toList()
          : List.of();
      if (named.size() != 1 || named.get(0).tag() == null || !named.get(0).tag().startsWith("NN")) {
        continue;
      }
      IndexedWord thing = named.get(0);
      g.removeEdge(e);
      g.removeEdge(g.getEdge(naming, thing));
      g.addEdge(stance, thing, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(thing, naming, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER,
          Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /** Whether a verb is a stance cue of its own, no verb of saying: "condemned", "denounced", not "said". */
  private static boolean cue(EnglishLexicon lex, String lemma) {
    return (lex.stanceVerbs.containsKey(lemma) || lex.events.cue(lemma)) && !lex.speechVerbs.containsKey(lemma);
  }
}
