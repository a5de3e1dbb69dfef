package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A participle that describes a thing: "police would clear roads blocking access to airports" — the roads block,
 * not the police. Its holder is only the parser's climb to the clause around it, so with no target of its own it
 * makes no claim; with one ("issued a statement condemning Y") the climb to the statement's author is kept.
 * Stateless.
 */
final class Participles {

  private Participles() {}

  /** Whether the verb cue is a participle hung on a noun that names no actor. */
  static boolean onAThing(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    String r = g.relToParent(w);
    return p != null && (g.pos(w).equals("VBG") || g.pos(w).equals("VBN")) && r.equals("acl")
        && !g.namesActor(p) && CommonNouns.at(g, p) == null;
  }
}
