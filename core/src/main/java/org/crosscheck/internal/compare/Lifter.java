package org.crosscheck.internal.compare;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorLevel;
import org.crosscheck.ActorRef;
import org.crosscheck.Affiliation;
import org.crosscheck.Claim;
import org.crosscheck.Language;

/**
 * Lifts a claim's holder and target to the comparator's levels on the claim's own date. The result depends only on
 * the claim (its actor and target references and its date) and the catalog, never on the other claims of a run:
 * that is what lets a claim's group be computed alone, by a ledger or a distributed job. Immutable and thread-safe.
 */
final class Lifter {

  private final ActorCatalog catalog;
  private final ActorLevel holderLevel;
  private final ActorLevel targetLevel;

  Lifter(ActorCatalog catalog, ActorLevel holderLevel, ActorLevel targetLevel) {
    this.catalog = requireNonNull(catalog, "catalog");
    this.holderLevel = requireNonNull(holderLevel, "holderLevel");
    this.targetLevel = requireNonNull(targetLevel, "targetLevel");
  }

  /**
   * What a lift depends on. Actors the catalog lacks are rebuilt from the reference's name and kind, so those are
   * part of the key: two claims naming one ad-hoc id differently must not share a cached result.
   */
  record Key(String id, String name, ActorKind kind, LocalDate date, boolean target) {
    static Key holder(Claim c) {
      return new Key(c.actor().id(), c.actor().name(), c.actor().kind(), c.date().orElse(null), false);
    }

    static Key target(Claim c) {
      ActorRef t = c.target().orElseThrow();
      return new Key(t.id(), t.name(), t.kind(), c.date().orElse(null), true);
    }
  }

  Actor lift(Key k) {
    return lift(k.id(), k.name(), k.kind(), k.target() ? targetLevel : holderLevel, Optional.ofNullable(k.date()),
        k.target());
  }

  private Actor lift(String id, String name, ActorKind kind, ActorLevel level, Optional<LocalDate> date,
      boolean target) {
    Actor actor = catalog.actor(id).orElse(null);
    if (actor == null && org.crosscheck.ActorId.parse(id) instanceof org.crosscheck.ActorId.Anonymous anon) {
      // An anonymous source speaks for whom it is close to.
      actor = anon.affiliation().flatMap(catalog::actor).orElse(null);
      if (actor == null) {
        return Actor.builder(id, ActorKind.ANONYMOUS).names(Language.ENGLISH, name).build();
      }
    }
    if (actor == null) {
      return Actor.builder(id, kind).names(Language.ENGLISH, name).build();
    }
    if (level == ActorLevel.MENTIONED) {
      return actor;
    }
    if (date.isEmpty() && level == ActorLevel.GOVERNMENT) {
      // Without a date, a person counts as the government he last belonged to (Assad: the Assad government).
      Optional<Actor> last = lastGovernment(actor);
      if (last.isPresent()) {
        return last.get();
      }
    }
    Actor lifted = catalog.lift(actor, level, date);
    if (target && level == ActorLevel.GOVERNMENT && lifted.kind() == ActorKind.STATE && date.isPresent()
        && lifted.cameo().isPresent()) {
      // A state as a target is its government of the day: "support for Syria" on 2024-12-05 is support for the
      // Assad government, on 2024-12-23 for the transitional one.
      String office = lifted.cameo().get() + "GOV";
      if (catalog.isOffice(office)) {
        return catalog.holderOn(office, date.get()).orElse(lifted);
      }
    }
    return lifted;
  }

  private Optional<Actor> lastGovernment(Actor actor) {
    Actor best = null;
    LocalDate bestUntil = null;
    for (Affiliation f : actor.memberOf()) {
      Optional<Actor> a = catalog.actor(f.actor());
      if (a.isPresent() && a.get().kind() == ActorKind.GOVERNMENT && !f.holds() && f.isDated()) {
        LocalDate until = f.until().orElse(LocalDate.MAX);
        if (best == null || until.isAfter(bestUntil)) {
          best = a.get();
          bestUntil = until;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
