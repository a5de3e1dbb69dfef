package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Germany criticised the vote, as did France", "…, as France did": an actor named in a clause of comparison whose
 * verb is left out or stands for the main one does what the holder does, beside it; it is no party the holder's stance
 * is toward. The parser hangs the name on the verb as an "as" phrase with the auxiliary on the name ("as did France"),
 * or makes it the subject of an "as" clause of the bare auxiliary ("as France did"). Stateless.
 */
final class LikeDoers {

  private LikeDoers() {}

  /** Whether the actor {@code m} is named as one who does the same as the clause's holder. */
  static boolean alike(Graph g, ActorSpan m) {
    for (int i = m.first(); i <= m.last(); i++) {
      IndexedWord w = g.node(i);
      if (w != null && (auxiliaryOnName(g, w) || subjectOfBareAuxiliary(g, w))) {
        return true;
      }
    }
    return false;
  }

  /** "as did France": the name hung on the verb by "as", with the auxiliary before it. */
  private static boolean auxiliaryOnName(Graph g, IndexedWord w) {
    return g.relToParent(w).equals("obl:as") && g.children(w, "aux", "dep").stream()
        .anyMatch(a -> g.idx(a) < g.idx(w) && (g.pos(a).startsWith("VB") || g.pos(a).equals("MD")));
  }

  /**
   * "as France did", "as did the United States, whose …": the name the subject of an "as" clause whose verb takes
   * nothing after it, the clause hung on the verb or the verb right after "as".
   */
  private static boolean subjectOfBareAuxiliary(Graph g, IndexedWord w) {
    IndexedWord v = g.parent(w);
    if (v == null || !g.relToParent(w).equals("nsubj") || !g.pos(v).startsWith("VB")) {
      return false;
    }
    boolean comparison = g.relToParent(v).equals("advcl:as")
        || g.idx(v) > 0 && g.toks.get(g.idx(v) - 1).word().equalsIgnoreCase("as");
    return comparison && g.children(v, "obj", "xcomp", "ccomp", "obl", "obl:", "nmod").isEmpty();
  }
}
