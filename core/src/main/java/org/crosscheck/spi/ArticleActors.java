package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorRef;
import org.crosscheck.Affiliation;
import org.crosscheck.Article;
import org.crosscheck.DateSource;
import org.crosscheck.Mention;

/**
 * The actors mentioned in one article, found once, and the resolution of roles and offices for the article's
 * claims. Language modules build one per article.
 *
 * <p>An office held on dated terms ("the Kremlin spokesman", "the Syrian government") resolves to its holder on the
 * claim's date when the text dates the claim. When only the publication date stands in, the article's own
 * mentions decide first if they all point to one holder: an article published on 2024-12-26 that speaks of "the
 * Syrian regime" and of Hezbollah fighting for the government is about the Assad government, whatever its
 * publication date; an article that also names the new administration falls back to the date.
 *
 * <p>Not thread-safe: one instance per article and thread.
 */
public final class ArticleActors {

  private final ActorCatalog catalog;
  private final Article article;
  private final List<Mention> mentions;
  private final Map<String, Optional<Actor>> eraCache = new HashMap<>();

  private ArticleActors(ActorCatalog catalog, Article article) {
    this.catalog = catalog;
    this.article = article;
    this.mentions = catalog.findMentions(article.text(), article.language(), Optional.empty());
  }

  /** Finds the actors of {@code article} with {@code catalog}. */
  public static ArticleActors of(ActorCatalog catalog, Article article) {
    return new ArticleActors(requireNonNull(catalog, "catalog"), requireNonNull(article, "article"));
  }

  /** The catalog in use. */
  public ActorCatalog catalog() {
    return catalog;
  }

  /** Every mention in the article text, in text order; roles and offices unresolved. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** The mentions that lie inside {@code [start, end)}. */
  public List<Mention> mentionsIn(int start, int end) {
    // Mentions are in text order: binary search for the first one at or after start.
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (int i = lo; i < mentions.size() && mentions.get(i).start() < end; i++) {
      if (mentions.get(i).end() <= end) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  /** {@code actor}, or the holder of the office it names on the claim's date (see the class comment). */
  public Actor resolve(Actor actor, Optional<LocalDate> date, DateSource source) {
    requireNonNull(actor, "actor");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    if (!catalog.isOffice(actor.id())) {
      return actor;
    }
    if (source == DateSource.TEXT && date.isPresent()) {
      return catalog.holderOn(actor.id(), date.get()).orElse(actor);
    }
    Optional<Actor> era = eraCache.computeIfAbsent(actor.id(), this::contextHolder);
    if (era.isPresent()) {
      return era.get();
    }
    return date.flatMap(d -> catalog.holderOn(actor.id(), d)).orElse(actor);
  }

  /** The mention as a reference, its office resolved. */
  public ActorRef ref(Mention mention, Optional<LocalDate> date, DateSource source) {
    requireNonNull(mention, "mention");
    return ActorRef.of(resolve(mention.actor(), date, source), mention.text());
  }

  /**
   * The ids from {@code actor} up its {@code memberOf} chain on the publication date; an anonymous source's chain
   * runs through whom it is close to (it is not in the catalog itself).
   */
  public List<String> chain(Actor actor) {
    return catalog.chain(requireNonNull(actor, "actor"), article.published());
  }

  /** Whether two actors are the same or one belongs to the other (the Kremlin and Russia, Peskov and the Kremlin). */
  public boolean related(Actor a, Actor b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return a.id().equals(b.id()) || chain(a).contains(b.id()) || chain(b).contains(a.id());
  }

  /**
   * The organisation a speaker speaks for: the first actor up the chain that is not a person, role or anonymous
   * source ("we" in Peskov's mouth is the Russian government); the speaker itself when there is none.
   */
  public Actor organisationOf(Actor speaker) {
    return firstInChain(speaker, k -> k != org.crosscheck.ActorKind.PERSON && k != org.crosscheck.ActorKind.ROLE
        && k != org.crosscheck.ActorKind.ANONYMOUS).orElse(speaker);
  }

  /** The state a speaker belongs to ("بلاده", his country), when the chain reaches one. */
  public Optional<Actor> stateOf(Actor speaker) {
    return firstInChain(speaker, k -> k == org.crosscheck.ActorKind.STATE);
  }

  private Optional<Actor> firstInChain(Actor a, java.util.function.Predicate<org.crosscheck.ActorKind> wanted) {
    requireNonNull(a, "actor");
    for (String id : chain(a)) {
      Optional<Actor> x = catalog.actor(id);
      if (x.isPresent() && wanted.test(x.get().kind())) {
        return x;
      }
    }
    return Optional.empty();
  }

  /** The article this instance reads. */
  public Article article() {
    return article;
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
