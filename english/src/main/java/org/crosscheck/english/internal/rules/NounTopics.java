package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A stance noun whose own argument names a thing is toward that thing: "its commitments on freedom of expression",
 * "support for the reforms", "opposition to the new law". No other actor of the sentence stands in for it as a
 * fallback target; in "The EU reminded Tunis of its commitments on free speech" the commitments are Tunis's and are
 * toward free speech, not toward the EU. The noun's "of" phrase is left out, as it names the owner as often as the
 * thing, but for a noun of the one who holds a stance ({@code stance-agents.tsv}: "a critic of the ruling party"),
 * whose "of" phrase is whom it is toward. An argument with an actor anywhere in it is left to the rules as before.
 * Stateless.
 */
final class NounTopics {

  private static final List<String> ABOUT = List.of("nmod:on", "nmod:for", "nmod:to", "nmod:against", "nmod:toward",
      "nmod:towards");

  private NounTopics() {}

  /**
   * Whether the noun cue {@code w} has a nominal argument of its own in which nothing names an actor or may. One
   * that does ("opposition to an administration set up by Y") may leave the fallback to find it.
   */
  static boolean aboutAThing(Graph g, IndexedWord w) {
    // "a longtime critic of the ruling party": the "of" phrase of a noun of the one who holds a stance is its target.
    List<IndexedWord> about = new java.util.ArrayList<>(g.children(w, ABOUT));
    if (g.lex.stanceAgents.contains(g.lemmaOf(w))) {
      about.addAll(g.children(w, "nmod:of"));
    }
    return g.pos(w).startsWith("NN") && about.stream()
        .anyMatch(a -> g.pos(a).startsWith("NN") && g.g.descendants(a).stream().noneMatch(d -> mayName(g, d)));
  }

  /** Whether {@code d} names an actor or may: a mention, a demonym, a proper noun, a group the text describes. */
  private static boolean mayName(Graph g, IndexedWord d) {
    return g.namesActor(d) || g.pos(d).startsWith("NNP") || CommonNouns.at(g, d) != null;
  }
}
