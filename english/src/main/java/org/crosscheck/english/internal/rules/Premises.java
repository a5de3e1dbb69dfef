package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * The premise of a conditional asserts nothing: in "Pakistan said it would retaliate if India attacked" no one says
 * India attacked, in "X would veto the package unless the bloc released the funds" no one says the bloc did. A cue
 * inside an adverbial clause opened by a premise word ({@code premise-marks.tsv}) or by an auxiliary put before its
 * subject ({@code premise-inversions.tsv}: "Had Y backed the plan, …"), on the cue or on a word it
 * depends on within the clause, makes no claim. A relative clause or an aside inside the premise ("if Russia, which
 * backs Y, attacks") is asserted and ends the climb. Stateless.
 */
final class Premises {

  private Premises() {}

  /** Whether the cue lies inside the premise of a conditional. */
  static boolean supposed(Graph g, IndexedWord w) {
    // A report inside the premise is a clause of its own: what it says is asserted.
    return Clauses.within(g, w, (c, r) -> r.startsWith("advcl") && (g.children(c, "mark").stream()
        .anyMatch(m -> g.lex.premiseMarks.contains(m.word().toLowerCase(java.util.Locale.ROOT))) || inverted(g, c)),
        (c, r) -> r.startsWith("ccomp") && g.isSpeech(g.parent(c)));
  }

  /**
   * "Had Germany backed the plan, …": an auxiliary of {@code premise-inversions.tsv} before the clause's subject
   * opens a premise as "if" does.
   */
  private static boolean inverted(Graph g, IndexedWord clause) {
    List<IndexedWord> subjects = g.children(clause, "nsubj", "nsubj:pass");
    if (subjects.isEmpty()) {
      return false;
    }
    int subject = g.idx(subjects.get(0));
    return g.children(clause, "aux", "aux:pass", "cop").stream().anyMatch(a -> g.idx(a) < subject
        && g.lex.premiseInversions.contains(a.word().toLowerCase(java.util.Locale.ROOT)));
  }
}
