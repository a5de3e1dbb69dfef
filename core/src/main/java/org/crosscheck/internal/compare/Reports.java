package org.crosscheck.internal.compare;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;

/**
 * The parts of a report that do not depend on how its groups were computed: conflict ids from content, the rank
 * order, and the assembly of group results into one {@link StanceReport}. The batch comparator and the ledger both
 * go through {@link #assemble}, so that a report rebuilt from stored groups equals one computed at once.
 * Stateless and thread-safe.
 */
public final class Reports {

  private Reports() {}

  /**
   * Conflicts between two opposite stances first (a firm-against-hedged difference of one stance ranks below
   * them), then by score; ties broken by content so that the order is total.
   */
  public static final Comparator<StanceConflict> RANK = Comparator
      .comparing((StanceConflict c) -> !c.reasons().contains(org.crosscheck.ConflictReason.OPPOSITE_STANCE))
      .thenComparingDouble(c -> -c.score())
      .thenComparing(StanceConflict::kind)
      .thenComparing(c -> c.holder().id())
      .thenComparing(c -> c.target().id())
      .thenComparing(c -> c.claims().get(0).id())
      .thenComparing(c -> c.claims().get(1).id())
      .thenComparing(StanceConflict::id);

  /** Timelines by holder id, then target id. */
  public static final Comparator<Timeline> TIMELINES = Comparator.comparing((Timeline t) -> t.holder().id())
      .thenComparing(t -> t.target().id());

  /**
   * The id of a conflict: {@code c} (or {@code a} for an agreement) and 16 hex digits of the SHA-256 of its kind,
   * holder, target and sorted claim ids. The same claims give the same id in any run, order or batch.
   */
  public static String id(ConflictKind kind, ActorRef holder, ActorRef target, Collection<Claim> claims) {
    List<String> ids = new ArrayList<>(claims.size());
    claims.forEach(c -> ids.add(c.id()));
    ids.sort(null);
    Hasher h = Hashing.sha256().newHasher();
    // Each part ends with a NUL, which no id contains, so that no two lists of parts hash the same text.
    h.putString(kind.name(), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(holder.id(), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(target.id(), StandardCharsets.UTF_8).putByte((byte) 0);
    for (String id : ids) {
      h.putString(id, StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return (kind == ConflictKind.AGREEMENT ? "a" : "c") + h.hash().toString().substring(0, 16);
  }

  /**
   * The two reports a conflict sets against each other, as text: its two articles, or its article and two voices
   * when both sides come from one article; for an agreement, also the stance they agree on (two articles can agree
   * on a support and on an opposition). A conflict keeps this key when more claims, corroborations or another kind
   * change its id.
   */
  public static String reportsKey(StanceConflict c) {
    return reportsKey(c.kind(), c.claims().get(0), c.claims().get(1));
  }

  static String reportsKey(ConflictKind kind, Claim a, Claim b) {
    String key = !a.article().equals(b.article()) ? sorted("articles", a.article(), b.article())
        : sorted("voices\u0000" + a.article(), a.voice().id(), b.voice().id());
    return kind == ConflictKind.AGREEMENT ? key + "\u0000" + a.stance() : key;
  }

  private static String sorted(String prefix, String x, String y) {
    return prefix + "\u0000" + (x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x);
  }

  /** Timeline entries: dated claims by date, then undated ones; ties by claim id. */
  private static final Comparator<Claim> TIME_ORDER = Comparator.comparing((Claim c) -> c.date().isEmpty())
      .thenComparing(c -> c.date().orElse(java.time.LocalDate.MIN)).thenComparing(Claim::id);

  /** The timeline of one group's claims, as the comparator builds it. */
  public static Timeline timeline(ActorRef holder, ActorRef target, Collection<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(TIME_ORDER);
    List<Timeline.Entry> entries = new ArrayList<>(sorted.size());
    for (Claim c : sorted) {
      entries.add(new Timeline.Entry(c.date(), c.stance(), c.modality(), c.outlet(), c.language(), c.id()));
    }
    return new Timeline(holder, target, entries);
  }

  /** Sorts the parts of a report into their documented order and builds it. */
  public static StanceReport assemble(Collection<Claim> claims, Collection<StanceConflict> conflicts,
      Collection<StanceConflict> agreements, Collection<Timeline> timelines) {
    List<Claim> cs = new ArrayList<>(claims);
    cs.sort(Comparator.comparing(Claim::id));
    List<StanceConflict> co = new ArrayList<>(conflicts);
    co.sort(RANK);
    List<StanceConflict> ag = new ArrayList<>(agreements);
    ag.sort(RANK);
    List<Timeline> tl = new ArrayList<>(timelines);
    tl.sort(TIMELINES);
    return new StanceReport(cs, co, ag, tl);
  }
}
