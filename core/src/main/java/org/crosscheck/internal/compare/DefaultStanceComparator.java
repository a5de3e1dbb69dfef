package org.crosscheck.internal.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorLevel;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;

/**
 * The {@link StanceComparator} behind {@link StanceComparator#create()}.
 *
 * <p>One pass lifts every claim's holder and target ({@link Lifter}) and hashes it into its (holder, target) group:
 * linear in the number of claims. Each group is then compared on its own ({@link GroupComparison}); nothing crosses
 * groups but the final sort, so that {@code compare(all)} is the union of {@code compare(group)} per key.
 * Immutable and thread-safe.
 */
public final class DefaultStanceComparator implements StanceComparator {

  /**
   * Bumped whenever the comparison can give another result for the same claims, so that stored results computed by
   * an older version are recomputed.
   */
  private static final int ALGORITHM = 2;

  private static final int SHARED_CACHE_UP_TO = 5_000;

  private final ActorCatalog catalog;
  private final ActorLevel holderLevel;
  private final ActorLevel targetLevel;
  private final int windowDays;
  private final int maxClaimsPerGroup;
  private final Lifter lifter;
  /** Lifts for {@link #groupKey}, which hosts call one claim at a time; bounded so a long-lived engine stays flat. */
  private final LoadingCache<Lifter.Key, Actor> lifts;

  public DefaultStanceComparator(ActorCatalog catalog, ActorLevel holderLevel, ActorLevel targetLevel,
      int windowDays, int maxClaimsPerGroup) {
    this.catalog = requireNonNull(catalog, "catalog");
    this.holderLevel = requireNonNull(holderLevel, "holderLevel");
    this.targetLevel = requireNonNull(targetLevel, "targetLevel");
    this.windowDays = windowDays;
    this.maxClaimsPerGroup = maxClaimsPerGroup;
    this.lifter = new Lifter(catalog, holderLevel, targetLevel);
    this.lifts = CacheBuilder.newBuilder().maximumSize(100_000).build(CacheLoader.from(lifter::lift));
  }

  /**
   * The settings that decide a comparison's result, as text: equal texts mean that the same claims give the same
   * report. The catalog is represented by its size, which changes with any load or addition in practice.
   */
  public String fingerprint() {
    ActorCatalog.Stats s = catalog.stats();
    return String.format(Locale.ROOT, "algorithm=%d;holderLevel=%s;targetLevel=%s;windowDays=%d;"
        + "maxClaimsPerGroup=%d;catalog=%d/%d/%d/%d/%d", ALGORITHM, holderLevel, targetLevel, windowDays,
        maxClaimsPerGroup, s.actors(), s.englishNames(), s.arabicNames(), s.phrases(), s.agentNouns());
  }

  @Override
  public Optional<GroupKey> groupKey(Claim claim) {
    requireNonNull(claim, "claim");
    if (claim.target().isEmpty()) {
      return Optional.empty();
    }
    Actor holder = lifts.getUnchecked(Lifter.Key.holder(claim));
    Actor target = lifts.getUnchecked(Lifter.Key.target(claim));
    return holder.id().equals(target.id()) ? Optional.empty()
        : Optional.of(new GroupKey(holder.id(), target.id()));
  }

  private static final class Group {
    final ActorRef holder;
    final ActorRef target;
    final List<GroupComparison.Item> items = new ArrayList<>();

    Group(Actor holder, Actor target) {
      this.holder = ActorRef.of(holder, holder.name());
      this.target = ActorRef.of(target, target.name());
    }
  }

  @Override
  public StanceReport compare(Collection<Claim> input) {
    requireNonNull(input, "claims");
    List<Claim> claims = distinct(input);
    // Claims in id order: a group's first claim, which names its holder and target, is the same in any run.
    claims.sort(java.util.Comparator.comparing(Claim::id));
    Map<GroupKey, Group> groups = new HashMap<>();
    // Many claims share an actor and a date: lift each once. Small calls (a ledger recomputing a group) share the
    // engine's cache across calls; large ones keep their own map, free of the cache's locking and eviction.
    Map<Lifter.Key, Actor> local = new HashMap<>();
    java.util.function.Function<Lifter.Key, Actor> lift = claims.size() <= SHARED_CACHE_UP_TO
        ? lifts::getUnchecked : k -> local.computeIfAbsent(k, lifter::lift);
    for (Claim c : claims) {
      if (c.target().isEmpty()) {
        continue;
      }
      Actor holder = lift.apply(Lifter.Key.holder(c));
      Actor target = lift.apply(Lifter.Key.target(c));
      if (holder.id().equals(target.id())) {
        continue;
      }
      groups.computeIfAbsent(new GroupKey(holder.id(), target.id()), k -> new Group(holder, target))
          .items.add(new GroupComparison.Item(c, c.date(), false));
    }
    // Groups are independent: large runs process them in parallel; the final sorts make the order deterministic.
    Collection<Group> all = groups.values();
    List<GroupComparison.Result> results = (all.size() >= 2000 ? all.parallelStream() : all.stream())
        .map(g -> new GroupComparison(g.holder, g.target, g.items, windowDays, maxClaimsPerGroup).run()).toList();
    List<StanceConflict> conflicts = new ArrayList<>();
    List<StanceConflict> agreements = new ArrayList<>();
    List<Timeline> timelines = new ArrayList<>(results.size());
    for (GroupComparison.Result r : results) {
      timelines.add(r.timeline());
      conflicts.addAll(r.conflicts());
      agreements.addAll(r.agreements());
    }
    return Reports.assemble(claims, conflicts, agreements, timelines);
  }

  /**
   * The input without exact repeats. Two different claims under one id are refused: keeping one would lose the
   * other silently, and keeping both would make every reference by id ambiguous.
   */
  private static List<Claim> distinct(Collection<Claim> input) {
    Map<String, Claim> byId = new HashMap<>(Math.max(16, input.size() * 2));
    List<Claim> out = new ArrayList<>(input.size());
    for (Claim c : input) {
      requireNonNull(c, "claims element");
      Claim seen = byId.putIfAbsent(c.id(), c);
      if (seen == null) {
        out.add(c);
      } else if (!seen.equals(c)) {
        throw new IllegalArgumentException("two different claims share the id '" + c.id() + "' (from articles '"
            + seen.article() + "' and '" + c.article() + "'): claim ids must be unique, so give every article a "
            + "unique id");
      }
    }
    return out;
  }
}
