package org.crosscheck.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;

/**
 * A report read the way a desk reads it: one dispute per (holder, target) with conflicts — its sides, how many
 * outlets and languages stand on each, its conflicts and its timeline — strongest dispute first. The text and HTML
 * reports both lead with these.
 */
final class Disputes {

  private Disputes() {}

  /**
   * One stance in a dispute.
   *
   * @param stance the stance
   * @param claims how many claims take it
   * @param outlets the named outlets that report it, sorted
   * @param unnamedOutlets how many articles report it without a known outlet
   * @param languages the languages it is reported in, sorted by code
   */
  record Side(Stance stance, int claims, List<String> outlets, int unnamedOutlets, List<Language> languages) {

    /** "3 claims, 2 outlets (Reuters, TASS) and 1 article without an outlet, in English and Arabic". */
    String describe() {
      List<String> parts = new ArrayList<>();
      if (!outlets.isEmpty()) {
        parts.add(count(outlets.size(), "outlet") + " (" + String.join(", ", outlets) + ")");
      }
      if (unnamedOutlets > 0) {
        parts.add(count(unnamedOutlets, "article") + " without an outlet");
      }
      return count(claims, "claim") + ", " + String.join(" and ", parts) + ", in "
          + String.join(" and ", languages.stream().map(Language::displayName).toList());
    }
  }

  /** One (holder, target) with conflicts. */
  record Dispute(ActorRef holder, ActorRef target, List<Side> sides, List<StanceConflict> conflicts,
      Optional<Timeline> timeline) {

    String anchor() {
      return "dispute-" + holder.id() + "-" + target.id();
    }
  }

  static List<Dispute> of(StanceReport report) {
    Map<String, List<StanceConflict>> byGroup = new LinkedHashMap<>();
    for (StanceConflict c : report.conflicts()) {
      byGroup.computeIfAbsent(key(c.holder(), c.target()), k -> new ArrayList<>()).add(c);
    }
    Map<String, Timeline> timelines = new LinkedHashMap<>();
    report.timelines().forEach(t -> timelines.put(key(t.holder(), t.target()), t));
    Map<String, Claim> claims = report.claimsById();
    List<Dispute> out = new ArrayList<>();
    for (Map.Entry<String, List<StanceConflict>> e : byGroup.entrySet()) {
      StanceConflict first = e.getValue().get(0);
      Optional<Timeline> t = Optional.ofNullable(timelines.get(e.getKey()));
      out.add(new Dispute(first.holder(), first.target(), t.map(x -> sides(x, claims)).orElse(List.of()),
          e.getValue(), t));
    }
    return out;
  }

  /** The timelines of the (holder, target) pairs that have no conflict. */
  static List<Timeline> quiet(StanceReport report) {
    List<String> disputed = report.conflicts().stream().map(c -> key(c.holder(), c.target())).toList();
    return report.timelines().stream().filter(t -> !disputed.contains(key(t.holder(), t.target()))).toList();
  }

  private static List<Side> sides(Timeline t, Map<String, Claim> claims) {
    List<Side> out = new ArrayList<>();
    for (Stance s : Stance.values()) {
      int n = 0;
      TreeSet<String> outlets = new TreeSet<>();
      TreeSet<String> unnamed = new TreeSet<>();
      Map<String, Language> languages = new java.util.TreeMap<>();
      for (Timeline.Entry e : t.entries()) {
        if (e.stance() != s) {
          continue;
        }
        n++;
        languages.put(e.language().code(), e.language());
        if (e.outlet().isPresent()) {
          outlets.add(e.outlet().get());
        } else {
          Claim c = claims.get(e.claim());
          unnamed.add(c == null ? e.claim() : c.article());
        }
      }
      if (n > 0) {
        out.add(new Side(s, n, List.copyOf(outlets), unnamed.size(), List.copyOf(languages.values())));
      }
    }
    return out;
  }

  private static String key(ActorRef holder, ActorRef target) {
    return holder.id() + "\u0000" + target.id();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
