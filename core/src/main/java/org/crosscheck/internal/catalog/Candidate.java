package org.crosscheck.internal.catalog;

import java.util.List;
import org.crosscheck.Actor;

/**
 * A provisional mention over tokens {@code [from, to)} while the composition rules run: a catalog match, or a
 * demonym or agent noun waiting to be composed. Mutable, confined to one {@link MentionFinder} call.
 */
final class Candidate {
  int from;
  int to;
  /** The actor, once known; demonyms and agent nouns alone have none and are dropped after composition. */
  Actor actor;
  /** The title a person was named with ("Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov"). */
  Actor title;
  /** For a title or composite: whether it can introduce a name. */
  boolean titleLike;
  /** The CAMEO sector of an agent noun ("officials" → GOV). */
  String sector;
  /** The state a demonym names ("Russian" → Russia). */
  Actor state;

  Candidate(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /** A candidate for an actor, as composition rules make them. */
  static Candidate of(int from, int to, Actor actor, boolean titleLike) {
    Candidate c = new Candidate(from, to);
    c.actor = actor;
    c.titleLike = titleLike;
    return c;
  }

  /** The candidate starting at token {@code i}, or null. */
  static Candidate startingAt(List<Candidate> in, int i) {
    for (Candidate c : in) {
      if (c.from == i) {
        return c;
      }
    }
    return null;
  }

  /** The candidate ending just before token {@code i}, or null. */
  static Candidate endingAt(List<Candidate> in, int i) {
    for (Candidate c : in) {
      if (c.to == i) {
        return c;
      }
    }
    return null;
  }

  /** Whether token {@code i} lies inside one of the candidates. */
  static boolean inside(List<Candidate> in, int i) {
    for (Candidate c : in) {
      if (i >= c.from && i < c.to) {
        return true;
      }
    }
    return false;
  }
}
