package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Mention;

/**
 * The actors mentioned in one article, found once, and the catalog lookups rules need about them: how actors
 * relate, whom a speaker speaks for, the state a demonym names, actors for names the catalog lacks.
 *
 * <p>Not thread-safe: one instance per article and thread.
 */
public final class ArticleActors {

  private final ActorCatalog catalog;
  private final Article article;
  private final List<Mention> mentions;
  private Map<String, Actor> mentioned;

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

  /** The article this instance reads. */
  public Article article() {
    return article;
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
    return firstInChain(speaker, k -> k != ActorKind.PERSON && k != ActorKind.ROLE && k != ActorKind.ANONYMOUS)
        .orElse(speaker);
  }

  /** The state a speaker belongs to ("بلاده", his country), when the chain reaches one. */
  public Optional<Actor> stateOf(Actor speaker) {
    return firstInChain(speaker, k -> k == ActorKind.STATE);
  }

  /** The state a demonym names ("Syrian", "الروسية"); see {@link ActorCatalog#stateOfDemonym(String)}. */
  public Optional<Actor> stateOfDemonym(String word) {
    return catalog.stateOfDemonym(requireNonNull(word, "word"));
  }

  /** The CAMEO sector an agent noun names in the article's language ("protesters" → CVL). */
  public Optional<String> agentSector(String noun) {
    return catalog.agentSector(requireNonNull(noun, "noun"), article.language());
  }

  /**
   * The actor of a state's sector ("Iraqi police"), when {@code state} is a state and {@code sector} one of
   * {@link Sector}.
   */
  public Optional<Actor> composite(Actor state, String sector) {
    return catalog.composite(requireNonNull(state, "state").id(), requireNonNull(sector, "sector"));
  }

  /** An ad-hoc group the text describes ("activists from the Fatah party"), belonging to {@code parent}. */
  public Actor adHocGroup(String surface, ActorKind kind, Actor parent) {
    requireNonNull(parent, "parent");
    Actor a = catalog.adHoc(surface, kind);
    return Actor.builder(a.id(), a.kind()).names(article.language(), surface.strip())
        .memberOf(parent.id()).build();
  }

  /** An ad-hoc actor for a name the catalog lacks. */
  public Actor adHoc(String surface, ActorKind kind) {
    return catalog.adHoc(surface, kind);
  }

  /**
   * The actor a reference names: the catalog's; else the ad-hoc actor the article's mentions made of that id, with
   * whom it belongs to ("Rwandan government spokeswoman Claudine Uwase" … "she" is still Rwanda's government's); else
   * an ad-hoc actor of its name and kind.
   */
  public Actor actorOf(ActorRef ref) {
    requireNonNull(ref, "ref");
    return catalog.actor(ref.id()).or(() -> Optional.ofNullable(mentioned().get(ref.id())))
        .orElseGet(() -> catalog.adHoc(ref.name(), ref.kind()));
  }

  /** The ad-hoc actors of the article's mentions by id, the first of each; built on first use. */
  private Map<String, Actor> mentioned() {
    if (mentioned == null) {
      Map<String, Actor> m = new HashMap<>();
      for (Mention x : mentions) {
        if (x.actor().isAdHoc()) {
          m.putIfAbsent(x.actor().id(), x.actor());
        }
      }
      mentioned = m;
    }
    return mentioned;
  }

  private Optional<Actor> firstInChain(Actor a, Predicate<ActorKind> wanted) {
    requireNonNull(a, "actor");
    for (String id : chain(a)) {
      Optional<Actor> x = catalog.actor(id);
      if (x.isPresent() && wanted.test(x.get().kind())) {
        return x;
      }
    }
    return Optional.empty();
  }
}
