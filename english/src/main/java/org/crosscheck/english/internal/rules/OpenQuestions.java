package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A clause opened by a word that leaves its content open ({@code open-question-marks.tsv}) asserts nothing: in
 * "Whether or not Germany backs the plan, France will go ahead" no one says Germany backs it, in "It is unclear
 * whether Washington supports Kyiv" or "Analysts question whether Turkey will back Sweden" no one says it does. A cue
 * inside such a clause (adverbial, complement, subject or clausal modifier), on the cue or on a word it depends on
 * within the clause, makes no claim; the clause it hangs on keeps its own ("Turkey will back Sweden whether or not
 * Hungary agrees"). A relative clause or an aside inside it ("whether Russia, which backs Y, …") is asserted and ends
 * the climb. Stateless.
 */
final class OpenQuestions {

  private OpenQuestions() {}

  /** Whether the cue lies inside a clause whose content is left open. */
  static boolean open(Graph g, IndexedWord w) {
    return Clauses.within(g, w, (c, r) -> clause(r) && g.children(c, "mark").stream()
        .anyMatch(m -> g.lex.openQuestionMarks.contains(m.word().toLowerCase(Locale.ROOT))), (c, r) -> false);
  }

  /** Universal Dependencies' relations of a subordinate clause to what it hangs on (not a relative clause). */
  private static boolean clause(String r) {
    return r.startsWith("advcl") || r.startsWith("ccomp") || r.startsWith("csubj") || r.startsWith("xcomp")
        || r.startsWith("acl") && !r.startsWith("acl:relcl");
  }
}
