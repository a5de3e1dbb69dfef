package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A protest held at a state's mission is against that state: "protesters rallied outside the Russian embassy",
 * "activists held a protest in front of the US consulate". The protest is a verb the event dictionary codes as a
 * protest (CAMEO 14) or a protest noun ({@code gatherings.tsv}); the mission a noun of {@code missions.tsv} in its
 * "outside", "at", "near" or "in front of" phrase. Whatever else happens outside an embassy ("police fired tear gas
 * outside the US embassy") is not aimed at it. Stateless.
 */
final class Embassies {

  private static final List<String> WHERE =
      List.of("obl:outside", "obl:at", "obl:near", "obl:in_front_of", "nmod:outside", "nmod:at", "nmod:near",
          "nmod:in_front_of");

  private Embassies() {}

  /** The mission nouns a protest cue is held at, or none. */
  static List<IndexedWord> of(Graph g, IndexedWord cue) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord place : g.children(cue, WHERE)) {
      if (g.pos(place).startsWith("NN") && g.lex.missions.contains(g.lemmaOf(place))) {
        out.add(place);
      }
    }
    // Every cue without a target asks; the dictionary lookup waits until a mission is there.
    return out.isEmpty() || protest(g, cue) ? out : List.of();
  }

  private static boolean protest(Graph g, IndexedWord w) {
    String lemma = g.lemmaOf(w);
    if (g.pos(w).startsWith("NN")) {
      return g.lex.gatherings.contains(lemma);
    }
    return g.pos(w).startsWith("VB") && (g.lex.gatherings.contains(lemma)
        || g.lex.events.of(lemma, g.following(g.idx(w), 8)).filter(e -> e.code().startsWith("14")).isPresent());
  }
}
