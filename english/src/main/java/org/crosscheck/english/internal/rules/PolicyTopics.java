package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A line taken on a matter ({@code policy-nouns.tsv}) names the matter by the word just before it and its owner
 * before that: in "the government's Ukraine policy", "Hungary's Russia policy", "the US China strategy" the word next
 * to the noun is what the line is about, and a stance on the line is toward its owner, never toward that matter. A
 * noun with one modifier only ("US policy", "Kenya's policy") keeps it as its owner. Stateless.
 */
final class PolicyTopics {

  private PolicyTopics() {}

  /** Whether the compound {@code c} of the noun {@code d} only says what the line {@code d} is about. */
  static boolean topicOnly(Graph g, IndexedWord d, IndexedWord c) {
    if (!g.pos(d).startsWith("NN") || !g.lex.policyNouns.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        || !g.relToParent(c).equals("compound") || g.idx(c) != g.idx(d) - 1) {
      return false;
    }
    // An owner before the matter: a possessor, or another modifier further left ("the US China strategy").
    return !g.children(d, "nmod:poss").isEmpty() || g.children(d, "compound", "amod").stream()
        .anyMatch(m -> g.idx(m) < g.idx(c) && g.namesActor(m));
  }
}
