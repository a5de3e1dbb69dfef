package org.crosscheck.arabic.internal.rules;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.ModalityClass;

/**
 * Whether a cue is negated: a negative word shortly before it in its clause ("لن تدعم", "عدم دعم"; two cancel), or
 * a negated noun of plan or intention before it, which carries over to the cue ("لا نية لدى الوزارة لمساعدة",
 * "لا تملك خطة لمساعدة"); not one that makes "still" with a verb of ceasing ("لا تزال تعتقل"). Stateless.
 */
final class Negation {

  private Negation() {}

  /** How far before the cue a negation reads, in tokens. */
  static final int REACH = 4;
  /** How far before the cue a plan noun reads. */
  static final int PLAN_REACH = 8;
  /** How far before the plan noun its negation reads. */
  static final int PLAN_NEGATION_REACH = 3;

  static boolean negated(Reading r, Segment seg, int cue) {
    boolean neg = false;
    for (int j = Math.max(seg.from(), cue - REACH); j < cue; j++) {
      if (r.lex.is(r.folded(j), ModalityClass.NEGATION) && !still(r, j)) {
        neg = !neg;
      }
    }
    return neg || negatedPlan(r, seg, cue);
  }

  /**
   * Whether the negation at {@code j} comes before a verb of ceasing ({@code syntax.tsv}, CEASING: "لا يزال", "ما
   * زال", "لم تنفك"): together they say "still", and negate nothing after them.
   */
  static boolean still(Reading r, int j) {
    return j + 1 < r.size() && r.lex.is(r.folded(j + 1), ArabicLexicon.SyntaxClass.CEASING);
  }

  private static boolean negatedPlan(Reading r, Segment seg, int cue) {
    for (int j = Math.max(seg.from(), cue - PLAN_REACH); j < cue; j++) {
      if (r.lex.is(r.key(j), ModalityClass.PLAN)) {
        for (int k = Math.max(seg.from(), j - PLAN_NEGATION_REACH); k < j; k++) {
          if (r.lex.is(r.folded(k), ModalityClass.NEGATION)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
