package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * Talks on a matter ({@code talk-nouns.tsv}) named by a compound of that matter ("X ceasefire talks", "the Y peace
 * conference") are about it: a state word before them, a compound or adjective of the talks or of the matter's noun,
 * says where the matter lies, so hosting, backing or rejecting the talks is no stance toward that state. Without a
 * matter ("talks with X", "X's talks", "Sudan talks") the talks' modifiers are read as before: a party may stand
 * there. Stateless.
 */
final class TalkTopics {

  /** Links by which a word before a noun modifies it. */
  private static final Set<String> BEFORE = Set.of("compound", "amod");

  private TalkTopics() {}

  /** Whether the dependent {@code c} of the noun {@code d} only says what the talks {@code d} are about. */
  static boolean topicOnly(Graph g, IndexedWord d, IndexedWord c) {
    if (!g.pos(d).startsWith("NN") || !g.lex.talkNouns.contains(g.lemmaOf(d).toLowerCase(java.util.Locale.ROOT))
        || !BEFORE.contains(g.relToParent(c))) {
      return false;
    }
    // The matter: a common noun compounded to the talks that names no actor ("ceasefire", "peace", "trade").
    return g.children(d, "compound").stream()
        .anyMatch(m -> g.pos(m).equals("NN") && !g.namesActor(m) && g.idx(m) < g.idx(d));
  }
}
