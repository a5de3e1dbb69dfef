package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

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
    // An indirect question on the way up from the judged clause leaves the judgement open.
    return Negation.denied(g, f) || OpenQuestions.open(g, clause);
  }
}
