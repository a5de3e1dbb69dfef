package org.crosscheck.internal.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Affiliation;
import org.crosscheck.DateSource;
import org.crosscheck.Mention;

/**
 * Resolves offices named in an article ("the Kremlin spokesman", "the Syrian government") to their holders.
 *
 * <p>An office held on dated terms resolves to its holder on the claim's date when the text dates the claim. When
 * only the publication date stands in, the article's own mentions decide first if they all point to one holder: an
 * article published on 2024-12-26 that speaks of "the Syrian regime" and of Hezbollah fighting for the government
 * is about the Assad government, whatever its publication date; an article that also names the new administration
 * falls back to the date. So does an article published more than six months after the holder's term ended: one that
 * recalls "the fall of Bashar al-Assad" two years on is about the government that followed.
 *
 * <p>Not thread-safe: one instance per article.
 */
final class Offices {

  /** How long after a holder's term ends an undated article may still be about it. */
  private static final java.time.Period AFTERMATH = java.time.Period.ofMonths(6);

  private final ActorCatalog catalog;
  private final List<Mention> mentions;
  private final Map<String, Optional<Actor>> eraCache = new HashMap<>();

  Offices(ActorCatalog catalog, List<Mention> mentions) {
    this.catalog = catalog;
    this.mentions = mentions;
  }

  /** {@code actor}, or the holder of the office it names on the claim's date (see the class comment). */
  Actor resolve(Actor actor, Optional<LocalDate> date, DateSource source) {
    return resolution(actor, date, source).actor();
  }

  /**
   * How an actor resolves.
   *
   * @param actor the actor or the office holder
   * @param byContext whether the article's own mentions chose the holder (the article is about that holder's era,
   *     whatever its publication date)
   */
  record Resolution(Actor actor, boolean byContext) {}

  Resolution resolution(Actor actor, Optional<LocalDate> date, DateSource source) {
    if (!catalog.isOffice(actor.id())) {
      return new Resolution(actor, false);
    }
    if (source == DateSource.TEXT && date.isPresent()) {
      return new Resolution(catalog.holderOn(actor.id(), date.get()).orElse(actor), false);
    }
    Optional<Actor> era = eraCache.computeIfAbsent(actor.id(), this::contextHolder);
    if (era.isPresent() && !longGone(era.get(), actor.id(), date)) {
      return new Resolution(era.get(), true);
    }
    return new Resolution(date.flatMap(d -> catalog.holderOn(actor.id(), d)).orElse(actor), false);
  }

  /**
   * Whether {@code a} is a government whose term had ended by {@code date}: a stance toward it on that date looks
   * back, not forward.
   */
  static boolean endedBefore(Actor a, Optional<LocalDate> date) {
    if (date.isEmpty() || a.kind() != org.crosscheck.ActorKind.GOVERNMENT) {
      return false;
    }
    boolean holds = false;
    for (Affiliation f : a.memberOf()) {
      if (f.holds()) {
        holds = true;
        if (f.activeOn(date.get()) || f.until().isEmpty()) {
          return false;
        }
      }
    }
    return holds;
  }

  /**
   * Whether {@code holder}'s term in {@code office} had ended more than {@link #AFTERMATH} before {@code date}: an
   * article published in 2026 that recalls "the fall of Bashar al-Assad in December 2024" is not about his era. In
   * the months after a fall, news still tells the fallen government's last acts without dating them.
   */
  private static boolean longGone(Actor holder, String office, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return false;
    }
    for (Affiliation f : holder.memberOf()) {
      if (f.holds() && f.actor().equals(office) && f.until().isPresent()
          && f.until().get().plus(AFTERMATH).isBefore(date.get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one holder of {@code office} that the article's mentions point to, if they point to one: a holder named
   * directly, or an actor whose dated affiliations fall inside one holder's term only.
   */
  private Optional<Actor> contextHolder(String office) {
    List<Actor> holders = catalog.holders(office);
    Map<String, LocalDate[]> terms = new HashMap<>();
    for (Actor h : holders) {
      for (Affiliation f : h.memberOf()) {
        if (f.holds() && f.actor().equals(office)) {
          terms.put(h.id(), new LocalDate[] {f.from().orElse(LocalDate.MIN), f.until().orElse(LocalDate.MAX)});
        }
      }
    }
    if (terms.size() < 2) {
      return Optional.empty();
    }
    Set<String> votes = new LinkedHashSet<>();
    for (Mention m : mentions) {
      Actor a = m.actor();
      if (terms.containsKey(a.id())) {
        votes.add(a.id());
        continue;
      }
      LocalDate[] activity = activity(a);
      if (activity == null) {
        continue;
      }
      String only = null;
      int overlapping = 0;
      for (Map.Entry<String, LocalDate[]> t : terms.entrySet()) {
        if (activity[0].isBefore(t.getValue()[1]) && t.getValue()[0].isBefore(activity[1])) {
          overlapping++;
          only = t.getKey();
        }
      }
      if (overlapping == 1) {
        votes.add(only);
      }
    }
    return votes.size() == 1 ? catalog.actor(votes.iterator().next()) : Optional.empty();
  }

  /** The span of an actor's dated affiliations, or null when it has none or they are open at both ends. */
  private static LocalDate[] activity(Actor a) {
    LocalDate from = null;
    LocalDate until = null;
    boolean any = false;
    for (Affiliation f : a.memberOf()) {
      if (!f.isDated()) {
        continue;
      }
      any = true;
      LocalDate fr = f.from().orElse(LocalDate.MIN);
      LocalDate un = f.until().orElse(LocalDate.MAX);
      from = from == null || fr.isBefore(from) ? fr : from;
      until = until == null || un.isAfter(until) ? un : until;
    }
    if (!any || from.equals(LocalDate.MIN) && until.equals(LocalDate.MAX)) {
      return null;
    }
    return new LocalDate[] {from, until};
  }
}
