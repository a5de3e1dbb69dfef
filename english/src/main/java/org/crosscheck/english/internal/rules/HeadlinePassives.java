package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * "Dutch lender fined $90 million by U.S.", "Opposition leader detained by police": a headline drops the "is" of
 * a passive, and the parser takes the participle for the main verb with the undergoer as its subject. A participle
 * (VBN) heading the sentence with no auxiliary, a subject and a "by" phrase naming an actor is such a passive: the "by"
 * phrase holds the act, the subject undergoes it ("criticised by name three ministers" says how, it names no agent).
 * Stateless.
 */
final class HeadlinePassives {

  private HeadlinePassives() {}

  /** Whether {@code w} is a passive participle a headline wrote without its "is". */
  static boolean is(Graph g, IndexedWord w) {
    return g.pos(w).equals("VBN") && g.relToParent(w).isEmpty()
        && g.children(w, "aux", "aux:pass", "cop").isEmpty() && !g.children(w, "nsubj").isEmpty()
        && g.children(w, "obl:agent", "obl:by").stream().anyMatch(a -> g.mentionOf(a) != null);
  }

  /** Who holds the act: the "by" phrase. */
  static List<IndexedWord> agents(Graph g, IndexedWord w) {
    return g.children(w, "obl:agent", "obl:by");
  }

  /** Who undergoes it: the subject the parser gave the participle. */
  static List<IndexedWord> undergoers(Graph g, IndexedWord w) {
    return g.children(w, "nsubj");
  }
}
