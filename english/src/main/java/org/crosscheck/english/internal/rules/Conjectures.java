package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * What a rumour, speculation or a fear holds is no one's report: "there were rumours that X would back Y", "the talks
 * raised fears that X would attack Y", "speculation grew that X would recognise Y". A cue heading a clause that is
 * the content of a noun of conjecture ({@code conjecture-nouns.tsv}), hung on the noun or on the verb the noun is
 * subject of, makes no claim. Stateless.
 */
final class Conjectures {

  private Conjectures() {}

  /** Whether the cue heads the content clause of a noun of conjecture. */
  static boolean conjectured(Graph g, IndexedWord w) {
    IndexedWord clause = w;
    if (g.relToParent(clause).equals("xcomp") && g.parent(clause) != null) {
      // "rumours that X planned to back Y": the clause is the controlling verb's.
      clause = g.parent(clause);
    }
    String r = g.relToParent(clause);
    IndexedWord p = g.parent(clause);
    if (p == null || !(r.startsWith("ccomp") || r.startsWith("acl"))) {
      return false;
    }
    if (conjecture(g, p)) {
      return true;
    }
    // "Rumours spread that …": the parser hangs the clause on the noun's verb.
    return g.pos(p).startsWith("VB") && g.children(p, "nsubj").stream().anyMatch(s -> conjecture(g, s));
  }

  private static boolean conjecture(Graph g, IndexedWord n) {
    return g.pos(n).startsWith("NN") && g.lex.conjectureNouns.contains(g.lemmaOf(n));
  }
}
