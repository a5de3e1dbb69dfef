package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * A judgement a speaker reports is the speaker's own only when the report asserts it: one the speaker denies ("X
 * denied that Y's strikes were illegal", "X rejected claims that Y was lying") or leaves open as a question ("X is
 * investigating whether Y's strikes were illegal", {@code open-question-marks.tsv}) judges no one. Read by {@link
 * Evaluations} for what a speaker reports. Stateless.
 */
final class OpenJudgements {

  private OpenJudgements() {}

  /** Whether the judgement of the clause {@code clause}, inside frame {@code f}, is denied or asked, not made. */
  static boolean unmade(Graph g, IndexedWord clause, SpeechFrames.Frame f) {
    if (Negation.denied(g, f)) {
      return true;
    }
    // From the judged clause up to the speech verb: an indirect question on the way leaves the judgement open.
    int steps = 0;
    for (IndexedWord w = clause; w != null && !w.equals(f.verb) && steps < 8; w = g.parent(w), steps++) {
      if (g.children(w, "mark").stream()
          .anyMatch(m -> g.lex.openQuestionMarks.contains(m.word().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
