package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A verb of lodging ("file", "lodge", "submit": FORUM in {@code governors.tsv}) names where a complaint goes in its
 * "with"/"to" phrase: in "filed a complaint with the WTO against X" the WTO is the forum, X the target. Only an
 * "against" phrase names the target, wherever the parser hangs it under the verb. Stateless.
 */
final class Forums {

  private Forums() {}

  /** Whether the verb lodges something with a forum. */
  static boolean lodges(Graph g, IndexedWord w) {
    return g.governs(w, EnglishLexicon.GovernorClass.FORUM);
  }

  /** The "against" phrases under the verb. */
  static List<IndexedWord> against(Graph g, IndexedWord w) {
    Set<Integer> under = new TreeSet<>();
    g.collect(w, under, 0);
    List<IndexedWord> out = new ArrayList<>();
    for (int i : under) {
      IndexedWord x = g.node(i);
      if (x != null && (g.relToParent(x).equals("obl:against") || g.relToParent(x).equals("nmod:against"))) {
        out.add(x);
      }
    }
    return out;
  }
}
