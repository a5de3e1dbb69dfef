package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reported stances of one holder toward one target over time: one entry per claim, dated entries in date
 * order first, undated ones after.
 *
 * @param holder the stance holder at the comparator's holder level
 * @param target the target at the comparator's target level
 * @param entries the claims as points in time
 */
public record Timeline(ActorRef holder, ActorRef target, List<Timeline.Entry> entries) {

  /**
   * One reported stance.
   *
   * @param date the claim's date, when known
   * @param stance the stance
   * @param modality how firmly it was put
   * @param outlet the publishing outlet, when known
   * @param language the article's language
   * @param claim the claim's id
   */
  public record Entry(Optional<LocalDate> date, Stance stance, Modality modality, Optional<String> outlet,
      Language language, String claim) {
    public Entry {
      requireNonNull(date, "date");
      requireNonNull(stance, "stance");
      requireNonNull(modality, "modality");
      requireNonNull(outlet, "outlet");
      requireNonNull(language, "language");
      requireNonNull(claim, "claim");
    }
  }

  public Timeline {
    requireNonNull(holder, "holder");
    requireNonNull(target, "target");
    entries = List.copyOf(entries);
  }
}
