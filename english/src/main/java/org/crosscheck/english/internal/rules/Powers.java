package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * "the Federal Tribunal, which can overturn the court's awards only on narrow grounds": a relative clause that says
 * what its noun is able to do (ABILITY in {@code modality.tsv}) describes a power, as a job description does, and
 * reports no act of it, toward anyone. Denied, it is another matter ("which cannot accept Y's terms" is a refusal,
 * read as the negated stance it is). A noun cue the power's verb takes as object is that power too. Stateless.
 */
final class Powers {

  private Powers() {}

  /**
   * Whether the cue {@code w} is a power a relative clause ascribes to a noun: its verb, or for a noun the verb it is
   * the object of ("which can impose sanctions on Y").
   */
  static boolean described(Graph g, IndexedWord w, boolean nominal) {
    IndexedWord v = nominal && g.relToParent(w).equals("obj") ? g.parent(w) : w;
    return v != null && (!nominal || v != w) && relative(g, v);
  }

  private static boolean relative(Graph g, IndexedWord w) {
    return g.relToParent(w).equals("acl:relcl")
        && g.children(w, "aux").stream().anyMatch(a -> g.lex.is(a.word(), EnglishLexicon.ModalityClass.ABILITY))
        && g.children(w, "advmod").stream().noneMatch(n -> g.lex.is(n.word(), EnglishLexicon.ModalityClass.NEGATION));
  }
}
