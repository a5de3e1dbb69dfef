package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * "Rwanda accused Burundi of harbouring rebels, a charge Burundi has denied": an allegation noun ({@code
 * allegations.tsv}, NOUN) set after a comma sums up the accusation before it, and the verb that rejects it (REJECT)
 * sets the one who denies it against whoever made it: the subject of the first verb above that has one (the accuser,
 * or the speaker of "X said Y was backed by Z, an allegation Z rejected"). The parser reads "a charge Burundi has
 * denied" as a clause whose subject is the noun, with the denier an apposition or a loose dependent of it; or, with
 * "that" or "which", as the noun's relative clause with the denier its subject. Stateless.
 */
final class DeniedCharges {

  private DeniedCharges() {}

  /** The denier the parser hung on the allegation noun that it made the rejecting verb's subject, or null. */
  static IndexedWord denier(Graph g, IndexedWord v) {
    IndexedWord n = charge(g, v);
    if (n == null || !g.relToParent(n).equals("nsubj")) {
      return null;
    }
    return g.children(n, "appos", "dep", "compound").stream()
        .filter(d -> g.idx(d) > g.idx(n) && g.idx(d) < g.idx(v)).findFirst().orElse(null);
  }

  /** Whoever made the allegation the verb {@code v} rejects, when the noun sums up a clause before it, or empty. */
  static List<IndexedWord> accusers(Graph g, IndexedWord v) {
    IndexedWord n = charge(g, v);
    if (n == null) {
      return List.of();
    }
    IndexedWord cur = g.relToParent(n).equals("nsubj") ? g.parent(v) : g.parent(n);
    for (int d = 0; cur != null && d < 4; d++, cur = g.parent(cur)) {
      List<IndexedWord> subjects = g.children(cur, "nsubj");
      if (g.pos(cur).startsWith("VB") && !subjects.isEmpty()) {
        return subjects;
      }
    }
    return List.of();
  }

  /**
   * The allegation noun after a comma that the rejecting verb {@code v} takes: its subject in the parser's misreading,
   * or the noun its relative clause hangs on; null when there is none.
   */
  static IndexedWord charge(Graph g, IndexedWord v) {
    if (!Allegations.rejects(g, v)) {
      return null;
    }
    IndexedWord n = g.relToParent(v).equals("acl:relcl") ? g.parent(v)
        : g.children(v, "nsubj").stream().findFirst().orElse(null);
    if (n == null || g.lex.allegations.get(g.lemmaOf(n)) != EnglishLexicon.AllegationClass.NOUN
        // "a charge that rejects the findings": the verb's own object is something else.
        || g.children(v, "obj").stream().anyMatch(o -> !o.equals(n))) {
      return null;
    }
    int k = g.idx(n) - 1;
    while (k > 0 && g.node(k) != null && g.parent(g.node(k)) == n && g.idx(g.node(k)) < g.idx(n)) {
      k--;
    }
    return k >= 0 && g.toks.get(k).word().equals(",") ? n : null;
  }
}
