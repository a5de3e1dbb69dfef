package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "Both sides have been accused by the United States and rights groups of war crimes": the parser may split the last
 * agent's compound, "rights" an agent and "groups" an object of the passive verb. An object right after a "by" agent
 * (in a headline's passive too, which has no auxiliary) is the rest of that agent's name, no target. Stateless.
 */
final class SplitAgents {

  private SplitAgents() {}

  /** Whether {@code o}, an object of the verb {@code v}, is the end of an agent the parser split. */
  static boolean split(Graph g, IndexedWord v, IndexedWord o) {
    // A common noun only: "criticised by name Uganda" has a name of its own as object.
    return (g.pos(o).equals("NN") || g.pos(o).equals("NNS")) && g.mentionOf(o) == null
        && g.children(v, "obl:agent", "obl:by").stream().anyMatch(a -> g.idx(a) + 1 == g.idx(o));
  }
}
