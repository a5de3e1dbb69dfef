package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Stance;

/**
 * "would host talks next month, with the backing of the African Union", "launched the offensive with the support of
 * Y", "with US backing", "crushed the revolt with help from Y": a "with" phrase headed by a noun of support ({@code
 * stance-nouns.tsv}) names a backer of the act, not whom the act is toward, as "talks with Y" would. Stateless.
 */
final class Backings {

  private Backings() {}

  /** Whether {@code dep}, hung on a verb by {@code rel}, is a "with the backing of X" or "with X's support" phrase. */
  static boolean backer(Graph g, IndexedWord dep, String rel) {
    return rel.equals("obl:with") && g.lex.stanceNouns.get(g.lemmaOf(dep)) == Stance.SUPPORT;
  }

  /**
   * Whether {@code w} names who gives such backing ("with help from Y", "with the backing of Y", "with Y's support")
   * or presses for the act ("with pressure from Y"),
   * also where the parser hangs the phrase on a noun ("the uprising led by its majority with help from Y").
   */
  static boolean giver(Graph g, IndexedWord w) {
    IndexedWord noun = w == null ? null : g.parent(w);
    String own = w == null ? "" : g.relToParent(w);
    return noun != null && (own.equals("nmod:from") || own.equals("nmod:of") || own.equals("nmod:poss"))
        && (backer(g, noun, g.relToParent(noun)) || g.relToParent(noun).equals("nmod:with")
            && g.lex.stanceNouns.get(g.lemmaOf(noun)) == Stance.SUPPORT
            // "brokered a ceasefire with pressure from Y": Y pressed the parties, it is behind the act too.
            || g.relToParent(noun).matches("(obl|nmod):with") && g.lex.pressures.contains(g.lemmaOf(noun)));
  }
}
