package org.crosscheck.arabic.internal.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * Who reports a clause, and through which agencies.
 *
 * @param actor the voice's actor, when the text names one (a catalog mention, or the last speaker it continues)
 * @param text the words that name the voice: the actor's, or an unnamed voice's ("تقارير إخبارية", "مسؤول")
 * @param agencies the news outlets and agencies that carry the voice, in the order named
 * @param anonymous whether the voice is an unnamed source
 */
record Voice(Optional<Actor> actor, Optional<String> text, List<ActorSpan> agencies, boolean anonymous) {

  Voice {
    requireNonNull(actor, "actor");
    requireNonNull(text, "text");
    agencies = List.copyOf(agencies);
  }

  /** The voice of a named actor. */
  static Voice of(Actor actor, String text, List<ActorSpan> agencies, boolean anonymous) {
    return new Voice(Optional.of(actor), Optional.of(text), agencies, anonymous);
  }

  /** A voice named by words that are no catalog actor ("مصادر مطلعة"). */
  static Voice unnamed(String text, List<ActorSpan> agencies, boolean anonymous) {
    return new Voice(Optional.empty(), Optional.of(text), agencies, anonymous);
  }

  /** Agencies only ("بحسب وكالة …"). */
  static Voice agencies(List<ActorSpan> agencies) {
    return new Voice(Optional.empty(), Optional.empty(), agencies, false);
  }

  /** Whether the voice names an actor who is not an unnamed source. */
  boolean named() {
    return actor.isPresent() && !anonymous;
  }
}
