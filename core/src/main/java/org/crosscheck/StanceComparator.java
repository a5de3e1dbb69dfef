package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Optional;
import org.crosscheck.internal.compare.DefaultStanceComparator;

/**
 * Compares the claims of many articles and reports where the same actor is reported with incompatible stances
 * toward the same target — across outlets and languages — with agreements and per-holder timelines.
 *
 * <p>Claims are grouped by (stance holder, target) after lifting both along the catalog's {@code memberOf} links
 * on the claim's date: at the default levels, Dmitry Peskov, Yuri Ushakov, "a source in the Kremlin" and
 * "Moscow" all speak for Russia, and Bashar al-Assad and "the Assad government" are one target until
 * 2024-12-08. Grouping is linear in the number of claims. Within a group, repeats of one report are folded
 * first; the pairs of the remaining distinct reports are then compared, and a group is capped (see
 * {@link Builder#maxClaimsPerGroup(int)}) so that one hot topic cannot make a run quadratic.
 *
 * <p>Two reports (what one voice says in one article) that conflict give one {@link StanceConflict}, however many
 * pairs of their claims disagree: between two articles, the articles are the two reports; inside one article, its
 * two voices. Conflict ids come from content ({@link StanceConflict#id()}).
 *
 * <p>Groups are independent: {@code compare(all)} equals the union, per {@link GroupKey}, of {@code compare} on the
 * claims of that key (its conflicts, agreements and timelines; its claims are all the claims), so hosts and
 * distributed engines can partition claims by {@link #groupKey(Claim)} and compare each part alone. The result
 * does not depend on the order of the input. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * StanceReport report = StanceComparator.create().compare(claims);
 * for (StanceConflict c : report.conflicts()) {
 *   System.out.println(c.kind() + " " + c.score() + ": " + c.explanation());
 * }
 * }</pre>
 */
public interface StanceComparator {

  /**
   * Compares claims. A claim given twice counts once.
   *
   * @throws IllegalArgumentException if two different claims share an id (give every article a unique id)
   */
  StanceReport compare(Collection<Claim> claims);

  /**
   * The (holder, target) group this comparator puts a claim in: its actor lifted to the holder level and its target
   * to the target level, on the claim's own date. Depends on nothing but the claim and the comparator's settings.
   *
   * @return empty when the claim joins no group (no target, or holder and target lift to the same actor); such
   *     claims are listed in a report but compared with nothing
   */
  Optional<GroupKey> groupKey(Claim claim);

  /**
   * The key of a (holder, target) group: the ids of the lifted holder and target. Immutable and thread-safe.
   *
   * @param holder the id of the stance holder at the comparator's holder level ({@code RUS})
   * @param target the id of the target at the comparator's target level ({@code syria-assad-government})
   */
  record GroupKey(String holder, String target) {
    public GroupKey {
      requireNonNull(holder, "holder");
      requireNonNull(target, "target");
      checkArgument(!holder.isBlank() && !target.isBlank(), "holder and target must not be blank");
    }
  }

  /** A comparator with the default catalog and levels (holders at {@link ActorLevel#STATE}). */
  static StanceComparator create() {
    return builder().build();
  }

  /** A builder for a comparator with another catalog, levels or time window. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StanceComparator}; each setter checks its argument. Not thread-safe. */
  final class Builder {
    private ActorCatalog catalog;
    private ActorLevel holderLevel = ActorLevel.STATE;
    private ActorLevel targetLevel = ActorLevel.GOVERNMENT;
    private int windowDays = 7;
    private int maxClaimsPerGroup = 500;

    private Builder() {}

    /** The catalog used to lift holders and targets (default: {@link ActorCatalog#defaultCatalog()}). */
    public Builder catalog(ActorCatalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    /** The level stance holders are lifted to (default {@link ActorLevel#STATE}). */
    public Builder holderLevel(ActorLevel holderLevel) {
      this.holderLevel = requireNonNull(holderLevel, "holderLevel");
      return this;
    }

    /**
     * The level targets are lifted to (default {@link ActorLevel#GOVERNMENT}: a person who belongs to a government
     * on the claim's date counts as that government, and a state as its government of the day, so "Assad" and
     * "the Syrian government" are one target before 2024-12-08 and two after).
     */
    public Builder targetLevel(ActorLevel targetLevel) {
      this.targetLevel = requireNonNull(targetLevel, "targetLevel");
      return this;
    }

    /**
     * Claims dated up to this many days apart are contemporaneous (a CONTRADICTION); further apart, opposite
     * stances are a REVERSAL. Default 7.
     *
     * @throws IllegalArgumentException if negative or above 3650
     */
    public Builder windowDays(int windowDays) {
      checkArgument(windowDays >= 0 && windowDays <= 3650, "windowDays must be in [0, 3650], got %s", windowDays);
      this.windowDays = windowDays;
      return this;
    }

    /**
     * At most this many distinct reports of one (holder, target) group are compared pairwise (default 500); the
     * most confident and most recent are kept, the rest still appear in the timeline.
     *
     * @throws IllegalArgumentException if below 2
     */
    public Builder maxClaimsPerGroup(int maxClaimsPerGroup) {
      checkArgument(maxClaimsPerGroup >= 2, "maxClaimsPerGroup must be >= 2, got %s", maxClaimsPerGroup);
      this.maxClaimsPerGroup = maxClaimsPerGroup;
      return this;
    }

    public StanceComparator build() {
      return new DefaultStanceComparator(catalog == null ? ActorCatalog.defaultCatalog() : catalog, holderLevel,
          targetLevel, windowDays, maxClaimsPerGroup);
    }
  }
}
