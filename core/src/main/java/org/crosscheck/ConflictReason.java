package org.crosscheck;

/** One reason a {@link StanceConflict} was reported; its explanation spells the reasons out. */
public enum ConflictReason {
  /** The claims' stances are opposite (SUPPORT against OPPOSE). */
  OPPOSITE_STANCE,
  /** One claim is a negated support or opposition ("has no intention of helping", "will not back"). */
  NEGATION,
  /** One claim is hedged (may, reportedly, من الممكن). */
  HEDGE,
  /** One claim holds only under a condition ("if necessary", إذا لزم الأمر). */
  CONDITION,
  /** The claims are dated apart by more than the comparator's window. */
  TIME_GAP,
  /** The claims come from articles in different languages. */
  CROSS_LANGUAGE,
  /** One of the voices is an unnamed source. */
  ANONYMOUS_VOICE,
  /** Both claims come from the same article (two voices of one actor). */
  SAME_ARTICLE,
  /** A claim has no date, so the order in time is unknown. */
  UNDATED
}
