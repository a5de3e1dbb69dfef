package org.crosscheck;

/** How two or more reports of the same actor's stance toward the same target relate. */
public enum ConflictKind {
  /** Opposite stances reported for overlapping time by different sources or different voices. */
  CONTRADICTION,
  /** Opposite stances in time order with a gap: the later claim is the newer position. */
  REVERSAL,
  /** One report asserted and the other hedged or conditional, whether their polarity is the same or opposite. */
  HEDGE_MISMATCH,
  /** The same stance from independent sources. Not a conflict: reported in {@link StanceReport#agreements()}. */
  AGREEMENT;

  /** Whether this kind is a conflict (anything but {@link #AGREEMENT}). */
  public boolean isConflict() {
    return this != AGREEMENT;
  }
}
