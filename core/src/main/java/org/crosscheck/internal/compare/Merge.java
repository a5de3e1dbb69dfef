package org.crosscheck.internal.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.ConflictReason;
import org.crosscheck.StanceConflict;
import org.crosscheck.internal.compare.GroupComparison.Item;
import org.crosscheck.internal.compare.GroupComparison.Pair;

/**
 * One conflict per pair of reports. A report is what one voice says in one article; a reader compares two
 * articles, not every pair of their sentences, so:
 *
 * <ul>
 *   <li>pairs whose claims come from two different articles merge by that pair of articles: the voices of each
 *       article are what the article reports;</li>
 *   <li>pairs inside one article merge by their pair of voices (Peskov against the Kremlin source).</li>
 * </ul>
 *
 * <p>Agreements merge the same way, one per pair of reports and stance agreed on.
 *
 * <p>Of the merged pairs, the best evidence pair leads: opposite stances before a firm-against-hedged difference
 * of one stance, pairs dated on both sides before undated ones, then the higher score. Its kind is the
 * conflict's kind; the other kinds found follow in {@link StanceConflict#kinds()}, all pairs' reasons are
 * united, and the other claims of the two reports follow the leading pair.
 */
final class Merge {

  private Merge() {}

  /** The best evidence pair first. */
  static final Comparator<Pair> BEST = Comparator.comparing((Pair p) -> !p.opposite())
      .thenComparing(p -> !p.dated())
      .thenComparingDouble(p -> -p.score())
      .thenComparing(Pair::kind)
      .thenComparing(p -> p.a().claim.id())
      .thenComparing(p -> p.b().claim.id());

  static List<StanceConflict> merge(ActorRef holder, ActorRef target, List<Pair> pairs) {
    Map<String, List<Pair>> byReports = new LinkedHashMap<>();
    for (Pair p : pairs) {
      byReports.computeIfAbsent(Reports.reportsKey(p.kind(), p.a().claim, p.b().claim), k -> new ArrayList<>()).add(p);
    }
    List<StanceConflict> out = new ArrayList<>(byReports.size());
    for (List<Pair> same : byReports.values()) {
      out.add(conflict(holder, target, same));
    }
    return out;
  }

  private static StanceConflict conflict(ActorRef holder, ActorRef target, List<Pair> same) {
    same.sort(BEST);
    Pair best = same.get(0);
    Map<String, Claim> lead = new LinkedHashMap<>();
    lead.put(best.a().claim.id(), best.a().claim);
    lead.put(best.b().claim.id(), best.b().claim);
    TreeMap<String, Claim> more = new TreeMap<>();
    TreeMap<String, Claim> corroborations = new TreeMap<>();
    Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
    Set<ConflictKind> kinds = new LinkedHashSet<>();
    kinds.add(best.kind());
    for (Pair p : same) {
      for (Item it : List.of(p.a(), p.b())) {
        more.putIfAbsent(it.claim.id(), it.claim);
        it.repeats.forEach(r -> corroborations.putIfAbsent(r.id(), r));
      }
      reasons.addAll(p.reasons());
    }
    EnumSet<ConflictKind> others = EnumSet.noneOf(ConflictKind.class);
    same.forEach(p -> others.add(p.kind()));
    kinds.addAll(others);
    List<Claim> ordered = new ArrayList<>(lead.values());
    more.values().stream().filter(x -> !lead.containsKey(x.id())).sorted(Comparator
        .comparing((Claim x) -> x.date().orElse(LocalDate.MAX)).thenComparing(Claim::id)).forEach(ordered::add);
    int extra = ordered.size() - 2;
    StringBuilder explanation = new StringBuilder(Explanations.explain(best.kind(), holder, target, best.a().claim,
        best.a().date, best.a().inferredYear, best.b().claim, best.b().date, best.b().inferredYear, best.gap(),
        List.copyOf(best.reasons()), corroborations.size()));
    List<ConflictKind> kindList = List.copyOf(kinds);
    explanation.append(Explanations.alsoKinds(kindList.subList(1, kindList.size())));
    double score = best.score();
    if (extra > 0) {
      explanation.append(" The same two reports hold ").append(extra).append(extra == 1 ? " more claim" : " more claims")
          .append(" on the same question (").append(String.join(", ", ordered.subList(2, ordered.size()).stream()
              .map(Claim::id).toList())).append(").");
      score = Math.min(1.0, Math.round((score + (1 - score) * Math.min(0.2, 0.05 * extra)) * 1000) / 1000.0);
    }
    List<Claim> cor = new ArrayList<>(corroborations.values());
    return new StanceConflict(Reports.id(best.kind(), holder, target, ordered), best.kind(), holder, target, ordered,
        cor, score, new ArrayList<>(reasons), explanation.toString(), kindList);
  }
}
