package org.crosscheck.arabic.internal.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crosscheck.Actor;

/**
 * A clause of a sentence, tokens {@code [from, to)}, with the voice that reports it.
 *
 * @param voice the voice, empty when the article narrates the clause itself
 */
record Segment(int from, int to, Optional<Voice> voice) {

  Segment {
    checkArgument(0 <= from && from <= to, "need 0 <= from <= to, got %s and %s", from, to);
    requireNonNull(voice, "voice");
  }

  /** The voice's actor, or null. */
  Actor speaker() {
    return voice.flatMap(Voice::actor).orElse(null);
  }
}
