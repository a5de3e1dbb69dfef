package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * "NATO members Poland, Latvia and Lithuania signed the accord", "signed by Gulf states Qatar and Oman": states listed
 * after a noun of members with a bloc or region before it ({@code member-nouns.tsv}) act as one side of the act. A
 * symmetric act they share ("signed", "agreed") is done with a party outside the list, so they take no stance toward
 * one another; "Russia and China signed a pact" still has each sign with the other. Stateless.
 */
final class BlocMembers {

  private BlocMembers() {}

  /** Whether the holders are listed as members of one bloc. */
  static boolean oneSide(Graph g, List<ActorSpan> holders) {
    for (ActorSpan h : holders) {
      IndexedWord n = g.node(h.last());
      if (n != null && listedAsMembers(g, n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun of members named by a bloc or region ("NATO members") modifies {@code n}. */
  private static boolean listedAsMembers(Graph g, IndexedWord n) {
    return g.children(n, "compound").stream()
        .anyMatch(c -> g.lex.memberNouns.contains(g.lemmaOf(c)) && named(g, g.node(g.idx(c) - 1)));
  }

  /**
   * Whether the word before the noun of members is a name, their bloc's or region's ("NATO", "Gulf"); "rival states
   * Chad and Sudan" are two sides.
   */
  private static boolean named(Graph g, IndexedWord before) {
    return before != null && g.pos(before).startsWith("NNP");
  }
}
