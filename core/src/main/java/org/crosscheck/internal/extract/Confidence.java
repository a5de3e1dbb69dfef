package org.crosscheck.internal.extract;

import org.crosscheck.ActorKind;

/**
 * The one confidence policy for every language, so that a claim's confidence means the same whatever the language
 * it was read in: how well the holder, the target and the voice are identified, and how direct the evidence is.
 * Stateless.
 */
final class Confidence {

  private Confidence() {}

  static final double BASE = 0.55;
  /** The holder is a catalogued actor. */
  static final double CATALOGUED_HOLDER = 0.15;
  /** The holder is not named as such in the sentence (a pronoun resolved elsewhere, a name the catalog lacks). */
  static final double UNNAMED_HOLDER = -0.10;
  /** The target is a catalogued actor. */
  static final double CATALOGUED_TARGET = 0.10;
  /** A named voice reports the claim. */
  static final double NAMED_SPEAKER = 0.10;
  /** The cue is a noun or adjective: its arguments are looser than a verb's. */
  static final double NOMINAL_CUE = -0.05;
  /** The target is the only other actor of the sentence, not an argument of the cue. */
  static final double FALLBACK_TARGET = -0.15;

  static double of(Accepted a) {
    double c = BASE;
    c += a.actor().catalogued() ? CATALOGUED_HOLDER : 0;
    c += a.draft().holder().mention().isEmpty() && a.actor().kind() != ActorKind.STATE ? UNNAMED_HOLDER : 0;
    c += a.target().map(t -> t.catalogued() ? CATALOGUED_TARGET : 0).orElse(0.0);
    c += a.speaker().map(s -> s.isAnonymous() ? 0 : NAMED_SPEAKER).orElse(0.0);
    c += a.draft().nominalCue() ? NOMINAL_CUE : 0;
    c += a.draft().fallbackTarget() ? FALLBACK_TARGET : 0;
    return Math.max(0.0, Math.min(1.0, c));
  }
}
