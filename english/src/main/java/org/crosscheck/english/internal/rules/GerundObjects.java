package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A gerund right after a preposition and right before a bare name ("while accusing Moscow of …", "after meeting
 * Bolivia", "by backing Kyiv") is read by the parser as the name's adjective, the name as the preposition's object.
 * The gerund is a verb: the name is its object, and its subject is that of the clause the phrase hangs on ("X
 * praised Y while accusing Z": X accuses Z). With a determiner ("while criticising the government") the parse is
 * right and this rule is not needed. A gerund the parser made the adjective of a common noun ("of undermining Mali's
 * sovereignty") makes the phrase a deed ({@link #misread}). Stateless.
 */
final class GerundObjects {

  private GerundObjects() {}

  /** The name a misread gerund takes as its object, or null. */
  static IndexedWord object(Graph g, IndexedWord w) {
    int i = g.idx(w);
    IndexedWord name = g.parent(w);
    if (!g.pos(w).equals("VBG") || !g.relToParent(w).equals("amod") || name == null || i == 0
        || !g.toks.get(i - 1).tag().equals("IN") || g.idx(name) <= i || !g.pos(name).startsWith("NNP")) {
      return null;
    }
    for (int k = i + 1; k < g.idx(name); k++) {
      if (!g.toks.get(k).tag().startsWith("NNP")) {
        return null;
      }
    }
    return name;
  }

  /** The verb of the clause the misread phrase hangs on, a few links up from its name, or null. */
  static IndexedWord clause(Graph g, IndexedWord name) {
    IndexedWord x = name;
    for (int d = 0; d < 3; d++) {
      x = g.parent(x);
      if (x == null) {
        return null;
      }
      if (g.pos(x).startsWith("VB")) {
        return x;
      }
    }
    return null;
  }

  /**
   * The gerund the parser made an adjective of {@code n}, a noun right after a preposition and a gerund ("accused
   * the governments of undermining Mali's sovereignty": "undermining" hangs on "sovereignty"), or null. The phrase is
   * a deed, not a thing owned: its possessor is whom the deed is done to, not the owner of the noun it hangs on.
   */
  static IndexedWord misread(Graph g, IndexedWord n) {
    for (IndexedWord a : g.children(n, "amod")) {
      int i = g.idx(a);
      if (g.pos(a).equals("VBG") && i > 0 && i < g.idx(n) && g.toks.get(i - 1).tag().equals("IN")) {
        return a;
      }
    }
    return null;
  }
}
