package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.TreeSet;

/**
 * "According to Xinhua, China's state news agency, Wang praised the KMT": the words between the commas after an
 * "according to" phrase say what the source is, yet the parser may read them as a second subject of the verb. A
 * subject so placed, with the verb's own subject after it, is the cited source's apposition, and holds nothing: the
 * source is a voice ({@link SpeechFrames}); read with the real subject as its own apposition, it gives way to it.
 * Stateless.
 */
final class CitedSources {

  private CitedSources() {}

  /**
   * The subject of verb {@code v} that {@code s} stands for: null when {@code s} is an apposition of the source
   * {@code v} cites before it and the verb has its own subject after it; the name the parser hung on {@code s} as
   * its apposition when it has none ("According to Xinhua, China's official news agency, Wang praised Y" read with
   * "Wang" as the agency's apposition); else {@code s}.
   */
  static IndexedWord subject(Graph g, IndexedWord v, IndexedWord s) {
    int first = first(g, s);
    boolean cited = first >= 2 && g.toks.get(first - 1).word().equals(",")
        && g.children(v, "obl:according_to").stream().anyMatch(a -> last(g, a) == first - 2);
    if (!cited) {
      return s;
    }
    if (g.children(v, "nsubj").stream().anyMatch(o -> g.idx(o) > g.idx(s) && g.idx(o) < g.idx(v))) {
      return null;
    }
    return g.children(s, "appos").stream().filter(a -> g.idx(a) > g.idx(s) && g.mentionOf(a) != null).findFirst()
        .orElse(s);
  }

  private static int first(Graph g, IndexedWord w) {
    return span(g, w).first();
  }

  private static int last(Graph g, IndexedWord w) {
    return span(g, w).last();
  }

  private static TreeSet<Integer> span(Graph g, IndexedWord w) {
    TreeSet<Integer> in = new TreeSet<>();
    g.collect(w, in, 0);
    return in;
  }
}
