package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A passive with no subject of its own ("X arrived after being extradited from Y", "X retaliated after being
 * attacked by Y", "having been invited by Y, X flew to …") is done to its governor's subject: that subject undergoes
 * the act and is its target, never its holder; the agent, when named, holds it. Stateless.
 */
final class SubjectlessPassives {

  private SubjectlessPassives() {}

  /**
   * Whether {@code v} is a passive participle with a passive auxiliary and no subject, hung on a clause as its
   * adverbial or complement: a main verb or a loose "dep" with none is the parser losing a subject the text has ("The
   * accord with Y, …, was signed by X").
   */
  static boolean is(Graph g, IndexedWord v) {
    String r = g.relToParent(v);
    return (r.startsWith("advcl") || r.equals("xcomp")) && g.pos(v).equals("VBN")
        && !g.children(v, "aux:pass").isEmpty()
        && g.children(v, "nsubj", "nsubj:pass").isEmpty();
  }

  /** The subjects of the clause an adverbial subjectless passive hangs on, who undergo it; empty otherwise. */
  static List<IndexedWord> undergoers(Graph g, IndexedWord v) {
    IndexedWord p = g.parent(v);
    if (p == null || !is(g, v) || !g.relToParent(v).startsWith("advcl")) {
      return List.of();
    }
    return g.children(p, "nsubj");
  }
}
