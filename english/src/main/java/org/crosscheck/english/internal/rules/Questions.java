package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * Whether a cue stands in a question rather than a statement: its clause's auxiliary or copula comes before its
 * subject and the sentence ends with a question mark ("Does Russia support Assad?", "Will Turkey attack the
 * Kurds?", "Is Peru a friend of Chile?"). A question asks whether there is a stance; it reports none. A question
 * that is reported ("asked whether Russia supports Assad") has no inverted auxiliary and no question mark. Stateless.
 */
final class Questions {

  private Questions() {}

  static boolean asks(Graph g, IndexedWord cue) {
    if (g.size() == 0 || !g.toks.get(g.size() - 1).word().equals("?")) {
      return false;
    }
    for (IndexedWord w = cue; w != null; w = clauseHead(g, w)) {
      List<IndexedWord> subjects = g.children(w, "nsubj", "nsubj:pass");
      if (!subjects.isEmpty()) {
        int subject = g.idx(subjects.get(0));
        return g.children(w, "aux", "aux:pass", "cop").stream().anyMatch(a -> g.idx(a) < subject);
      }
    }
    return false;
  }

  /** The verb a non-finite or nominal cue depends on ("support" in "Does Russia plan to support …"), or null. */
  private static IndexedWord clauseHead(Graph g, IndexedWord w) {
    String rel = g.relToParent(w);
    return rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
        ? g.parent(w) : null;
  }
}
