package org.crosscheck;

/** The stance of an actor toward a target, as a claim reports it. */
public enum Stance {
  /** Backs, helps, defends, agrees with, cooperates with the target. */
  SUPPORT,
  /** Opposes, condemns, accuses, abandons, attacks, sanctions the target; also a negated support. */
  OPPOSE,
  /** Reports, monitors or discusses the target without taking a side. */
  NEUTRAL;

  /** SUPPORT for OPPOSE and the reverse; NEUTRAL stays NEUTRAL. */
  public Stance opposite() {
    return switch (this) {
      case SUPPORT -> OPPOSE;
      case OPPOSE -> SUPPORT;
      case NEUTRAL -> NEUTRAL;
    };
  }

  /** Whether this and {@code other} are SUPPORT and OPPOSE in either order. */
  public boolean opposes(Stance other) {
    return this != NEUTRAL && other == opposite();
  }
}
