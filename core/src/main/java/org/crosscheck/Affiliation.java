package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated {@code memberOf} link from one actor to another: Putin is a member of the Russian government from
 * 2000; Bashar al-Assad is a member of the Assad government until 2024-12-08.
 *
 * <p>When {@code holds} is true the member <em>holds</em> the other actor, an office: Dmitry Peskov holds the
 * role "Kremlin spokesman"; the Assad government holds "the Syrian government" until 2024-12-08. A mention of
 * an office ("the Kremlin spokesman", "الحكومة السورية") resolves to whoever held it on the claim's date.
 *
 * @param actor the id of the actor this one belongs to or holds
 * @param from first day of the link, inclusive; empty when it reaches back indefinitely
 * @param until last day of the link, exclusive; empty when it still holds
 * @param holds whether this actor holds {@code actor} as an office rather than being one of its members
 */
public record Affiliation(String actor, Optional<LocalDate> from, Optional<LocalDate> until, boolean holds) {

  public Affiliation {
    requireNonNull(actor, "actor");
    checkArgument(!actor.isBlank(), "actor must not be blank");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    checkArgument(from.isEmpty() || until.isEmpty() || from.get().isBefore(until.get()),
        "from must be before until, got %s and %s", from, until);
  }

  /** An undated membership. */
  public static Affiliation memberOf(String actor) {
    return new Affiliation(actor, Optional.empty(), Optional.empty(), false);
  }

  /** Whether the link holds on {@code date}. */
  public boolean activeOn(LocalDate date) {
    requireNonNull(date, "date");
    return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(date::isBefore).orElse(true);
  }

  /** Whether the link has a start or an end. */
  public boolean isDated() {
    return from.isPresent() || until.isPresent();
  }
}
