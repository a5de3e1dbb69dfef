package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "the refugee support group Hope", "a protest movement", "an opposition alliance": a stance noun compounded
 * into a noun of groups ({@code group-nouns.tsv}, {@code firm-nouns.tsv}) says what kind of group it is, and takes no
 * stance toward anyone the sentence names. Stateless.
 */
final class GroupDescriptors {

  private GroupDescriptors() {}

  /** Whether the noun {@code w} only describes the group noun it is compounded into. */
  static boolean describes(Graph g, IndexedWord w) {
    IndexedWord head = g.parent(w);
    if (head == null || !g.relToParent(w).equals("compound") || !g.pos(head).startsWith("NN")) {
      return false;
    }
    String l = g.lemmaOf(head).toLowerCase(Locale.ROOT);
    return g.lex.groupNouns.containsKey(l) || g.lex.firmNouns.contains(l);
  }
}
