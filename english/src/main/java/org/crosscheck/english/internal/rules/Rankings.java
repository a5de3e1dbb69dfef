package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A place in a race, a poll or a contest: "X came second to Y" ranks X behind Y and tells no visit and no meeting,
 * though "come to Y" is CAMEO's visit. A verb of travel or meeting ({@code routine-codes.tsv}) with a word of rank
 * ({@code rank-words.tsv}) as its adverb, object or complement reports a result and no event. "came to Nairobi first"
 * keeps its visit: the rank there follows the place, and the parser hangs it the same way, so only a rank before the
 * verb's first prepositional phrase counts. Stateless.
 */
final class Rankings {

  private Rankings() {}

  /** Whether the verb {@code w}, a cue of the CAMEO event {@code code}, tells a place in a ranking. */
  static boolean ranked(Graph g, IndexedWord w, String code) {
    if (g.lex.routineCodes.stream().noneMatch(code::startsWith)) {
      return false;
    }
    int firstPhrase = g.children(w, "obl:to", "obl:behind", "obl:after").stream().mapToInt(IndexedWord::index)
        .min().orElse(Integer.MAX_VALUE);
    return g.children(w, "advmod", "obj", "xcomp").stream()
        .anyMatch(d -> d.index() < firstPhrase && g.lex.rankWords.contains(d.word().toLowerCase(Locale.ROOT)));
  }
}
