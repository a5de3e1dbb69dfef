package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * "U.S. envoy Tom Barrack, who has been mediating between Ankara and Damascus, said …", "Qatar, which has long backed
 * Hamas, said …": the parser may take the relative pronoun that opens the clause for its object or a bare dependent,
 * so that the clause's verb has the noun it describes as object (Barrack mediated, not mediated between the two) or
 * none at all. The graph is mended before any rule reads it: the noun becomes the verb's subject. Only where the
 * verb has no subject of its own and the pronoun ("who", "which", "that") stands right before it, with nothing but the
 * verb's auxiliaries and adverbs between: "the deal, which Kenya signed" has a subject, and is left alone. Stateless.
 */
public final class RelativeSubjects {

  private RelativeSubjects() {}

  /** Mends {@code g} in place; returns whether anything changed. */
  public static boolean repair(SemanticGraph g) {
    boolean changed = false;
    for (SemanticGraphEdge relcl : new ArrayList<>(g.edgeListSorted())) {
      if (!relcl.getRelation().toString().equals("acl:relcl")) {
        continue;
      }
      IndexedWord noun = relcl.getGovernor();
      IndexedWord verb = relcl.getDependent();
      SemanticGraphEdge misread = g.getEdge(verb, noun);
      if (misread == null || !List.of("obj", "dep").contains(misread.getRelation().toString())
          || !RawGraphs.children(g, verb, "nsubj", "nsubj:pass").isEmpty() || !pronounBefore(g, noun, verb)) {
        continue;
      }
      g.removeEdge(misread);
      g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      changed = true;
    }
    return changed;
  }

  /** Whether the noun's relative pronoun stands before the verb with only the verb's auxiliaries or adverbs between. */
  private static boolean pronounBefore(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
    List<IndexedWord> between = RawGraphs.children(g, verb, "aux", "advmod");
    for (IndexedWord ref : RawGraphs.children(g, noun, "ref")) {
      if (ref.index() >= verb.index()) {
        continue;
      }
      boolean adjacent = true;
      for (IndexedWord w : g.vertexSet()) {
        if (w.index() > ref.index() && w.index() < verb.index() && !between.contains(w)) {
          adjacent = false;
        }
      }
      if (adjacent) {
        return true;
      }
    }
    return false;
  }
}
