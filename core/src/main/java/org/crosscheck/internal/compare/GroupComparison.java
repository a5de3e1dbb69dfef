package org.crosscheck.internal.compare;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.ConflictReason;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceConflict;
import org.crosscheck.Timeline;
import org.crosscheck.internal.text.ArabicText;

/**
 * Compares the claims of one (holder, target) group. Repeats of one report (the same sentence, or the same voice
 * with the same cue and stance in one article) are folded into one representative with its corroborations; the
 * representatives, at most {@code maxClaimsPerGroup} of them, are compared pairwise; the pairs between the same
 * two reports are merged into one conflict ({@link Merge}); at most {@value #MAX_REPORTED_PER_GROUP} conflicts
 * and as many agreements are kept, strongest first.
 *
 * <p>Everything here depends only on the group's claims, so a group compared alone gives what it gives inside a
 * whole run. Not thread-safe: one instance per group and call.
 */
final class GroupComparison {

  static final int MAX_REPORTED_PER_GROUP = 50;

  /** What one group gives. */
  record Result(Timeline timeline, List<StanceConflict> conflicts, List<StanceConflict> agreements) {}

  /** A claim placed in its group, with what the comparison needs precomputed. */
  static final class Item {
    final Claim claim;
    final Optional<LocalDate> date;
    final boolean inferredYear;
    final List<Claim> repeats = new ArrayList<>();
    private String evidenceKey;

    Item(Claim claim, Optional<LocalDate> date, boolean inferredYear) {
      this.claim = claim;
      this.date = date;
      this.inferredYear = inferredYear;
    }

    /** The evidence folded to letters and digits, computed only for groups with more than one claim. */
    String evidenceKey() {
      if (evidenceKey == null) {
        String f = ArabicText.fold(claim.evidence().text());
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
          char c = f.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            if (space && b.length() > 0) {
              b.append(' ');
            }
            b.append(c);
            space = false;
          } else {
            space = true;
          }
        }
        evidenceKey = b.toString();
      }
      return evidenceKey;
    }
  }

  /** A compared pair before it becomes a {@link StanceConflict}: no explanation is written for pairs that lose. */
  record Pair(ConflictKind kind, Item a, Item b, Long gap, Set<ConflictReason> reasons, double score) {
    boolean opposite() {
      return reasons.contains(ConflictReason.OPPOSITE_STANCE);
    }

    boolean dated() {
      return gap != null;
    }
  }

  private record VoiceKey(String article, String voice, Stance stance, String cue, Modality modality,
      boolean negated) {}

  private record EvidenceKey(String evidence, Stance stance) {}

  private final ActorRef holder;
  private final ActorRef target;
  private final List<Item> items;
  private final int windowDays;
  private final int maxClaimsPerGroup;

  GroupComparison(ActorRef holder, ActorRef target, List<Item> items, int windowDays, int maxClaimsPerGroup) {
    this.holder = holder;
    this.target = target;
    this.items = items;
    this.windowDays = windowDays;
    this.maxClaimsPerGroup = maxClaimsPerGroup;
  }

  Result run() {
    items.sort(Comparator.comparing((Item i) -> i.claim.id()));
    Timeline timeline = timeline();
    if (items.size() < 2) {
      return new Result(timeline, List.of(), List.of());
    }
    List<Item> reps = fold(items);
    inferYears(reps);
    if (reps.size() > maxClaimsPerGroup) {
      reps.sort(Comparator.comparingDouble((Item i) -> -i.claim.confidence())
          .thenComparing(i -> i.date.orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(i -> i.claim.id()));
      reps = new ArrayList<>(reps.subList(0, maxClaimsPerGroup));
      reps.sort(Comparator.comparing((Item i) -> i.claim.id()));
    }
    List<Pair> found = new ArrayList<>();
    List<Pair> agreed = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      for (int j = i + 1; j < reps.size(); j++) {
        Pair p = pair(reps.get(i), reps.get(j));
        if (p != null) {
          (p.kind() == ConflictKind.AGREEMENT ? agreed : found).add(p);
        }
      }
    }
    return new Result(timeline, top(Merge.merge(holder, target, found)), top(Merge.merge(holder, target, agreed)));
  }

  private static List<StanceConflict> top(List<StanceConflict> list) {
    List<StanceConflict> sorted = new ArrayList<>(list);
    sorted.sort(Reports.RANK);
    return List.copyOf(sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED_PER_GROUP)));
  }

  // --- repeats -------------------------------------------------------------------------------------------------

  /** Folds repeats of one report into the first of them (by id); the others become its corroborations. */
  private static List<Item> fold(List<Item> items) {
    List<Item> reps = new ArrayList<>();
    Map<EvidenceKey, Item> byEvidence = new HashMap<>();
    Map<VoiceKey, Item> byVoice = new HashMap<>();
    for (Item it : items) {
      Claim c = it.claim;
      VoiceKey voiceKey = new VoiceKey(c.article(), c.voice().id(), c.stance(), c.cue().toLowerCase(Locale.ROOT),
          c.modality(), c.negated());
      EvidenceKey evKey = new EvidenceKey(it.evidenceKey(), c.stance());
      Item rep = byEvidence.get(evKey);
      if (rep == null) {
        rep = byVoice.get(voiceKey);
      }
      if (rep != null) {
        rep.repeats.add(c);
        // A repeat's own sentence and voice lead to the same report: a copy of the repeat elsewhere folds too.
        byEvidence.putIfAbsent(evKey, rep);
        byVoice.putIfAbsent(voiceKey, rep);
      } else {
        reps.add(it);
        byEvidence.put(evKey, it);
        byVoice.put(voiceKey, it);
      }
    }
    return reps;
  }

  /**
   * A claim dated only by day and month ("On December 2" in an article without a year) takes the year that puts
   * it closest to the dated claims of its group, when one is within two months.
   */
  private static void inferYears(List<Item> reps) {
    for (int i = 0; i < reps.size(); i++) {
      Item it = reps.get(i);
      Optional<MonthDay> md = it.claim.monthDay();
      if (it.date.isPresent() || md.isEmpty()) {
        continue;
      }
      LocalDate best = null;
      long bestGap = Long.MAX_VALUE;
      for (Item other : reps) {
        if (other.date.isEmpty() || other.inferredYear) {
          continue;
        }
        for (int y = other.date.get().getYear() - 1; y <= other.date.get().getYear() + 1; y++) {
          LocalDate cand = md.get().atYear(y);
          long gap = Math.abs(ChronoUnit.DAYS.between(cand, other.date.get()));
          if (gap < bestGap) {
            bestGap = gap;
            best = cand;
          }
        }
      }
      if (best != null && bestGap <= 62) {
        Item dated = new Item(it.claim, Optional.of(best), true);
        dated.repeats.addAll(it.repeats);
        reps.set(i, dated);
      }
    }
  }

  // --- pairs ---------------------------------------------------------------------------------------------------

  private Pair pair(Item x, Item y) {
    Stance sx = x.claim.stance();
    Stance sy = y.claim.stance();
    if (sx == Stance.NEUTRAL || sy == Stance.NEUTRAL) {
      return null;
    }
    boolean opposite = sx.opposes(sy);
    boolean qx = x.claim.modality().isQualified();
    boolean qy = y.claim.modality().isQualified();
    boolean sameArticle = x.claim.article().equals(y.claim.article());
    // Order: dated before undated by date, then by id: the pair reads "earlier, later".
    Item a = x;
    Item b = y;
    if (order(y, x) < 0) {
      a = y;
      b = x;
    }
    Long gap = a.date.isPresent() && b.date.isPresent() ? ChronoUnit.DAYS.between(a.date.get(), b.date.get())
        : null;
    ConflictKind kind;
    if (qx != qy) {
      kind = ConflictKind.HEDGE_MISMATCH;
      if (!opposite && sameArticle && x.claim.voice().id().equals(y.claim.voice().id())) {
        return null;
      }
    } else if (opposite) {
      kind = gap != null && gap > windowDays ? ConflictKind.REVERSAL : ConflictKind.CONTRADICTION;
    } else {
      if (sameArticle || sameOutlet(x.claim, y.claim)) {
        return null;
      }
      kind = ConflictKind.AGREEMENT;
    }
    Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
    if (opposite) {
      reasons.add(ConflictReason.OPPOSITE_STANCE);
    }
    if (x.claim.negated() || y.claim.negated()) {
      reasons.add(ConflictReason.NEGATION);
    }
    noteVoice(x.claim, reasons);
    noteVoice(y.claim, reasons);
    if (gap != null && gap > windowDays) {
      reasons.add(ConflictReason.TIME_GAP);
    }
    if (gap == null) {
      reasons.add(ConflictReason.UNDATED);
    }
    if (!x.claim.language().equals(y.claim.language())) {
      reasons.add(ConflictReason.CROSS_LANGUAGE);
    }
    if (sameArticle) {
      reasons.add(ConflictReason.SAME_ARTICLE);
    }
    return new Pair(kind, a, b, gap, reasons, score(kind, a, b, reasons));
  }

  private static void noteVoice(Claim c, Set<ConflictReason> reasons) {
    if (c.modality() == Modality.HEDGED) {
      reasons.add(ConflictReason.HEDGE);
    } else if (c.modality() == Modality.CONDITIONAL) {
      reasons.add(ConflictReason.CONDITION);
    }
    if (c.voice().isAnonymous() || c.attribution().anonymous()) {
      reasons.add(ConflictReason.ANONYMOUS_VOICE);
    }
  }

  private static double modalityWeight(Claim c) {
    double w = switch (c.modality()) {
      case ASSERTED -> 1.0;
      case FUTURE -> 0.95;
      case HEDGED -> 0.7;
      case CONDITIONAL -> 0.75;
    };
    return c.voice().isAnonymous() || c.attribution().anonymous() ? w * 0.85 : w;
  }

  private static boolean sameOutlet(Claim x, Claim y) {
    return x.outlet().isPresent() && x.outlet().equals(y.outlet());
  }

  static int order(Item p, Item q) {
    if (p.date.isPresent() && q.date.isPresent()) {
      int c = p.date.get().compareTo(q.date.get());
      if (c != 0) {
        return c;
      }
    } else if (p.date.isPresent() != q.date.isPresent()) {
      return p.date.isPresent() ? -1 : 1;
    }
    return p.claim.id().compareTo(q.claim.id());
  }

  private static double score(ConflictKind kind, Item a, Item b, Set<ConflictReason> reasons) {
    double s = Math.min(a.claim.confidence(), b.claim.confidence()) * modalityWeight(a.claim)
        * modalityWeight(b.claim);
    if (kind == ConflictKind.HEDGE_MISMATCH && !reasons.contains(ConflictReason.OPPOSITE_STANCE)) {
      s *= 0.5;
    }
    if (reasons.contains(ConflictReason.UNDATED)) {
      s *= 0.9;
    }
    if (kind == ConflictKind.REVERSAL) {
      // The longer the gap, the more a change of position explains it: still a finding, less of a contradiction.
      s *= 0.9;
    }
    int corroborated = a.repeats.size() + b.repeats.size();
    s = s + (1 - s) * Math.min(0.3, 0.1 * corroborated);
    return Math.max(0, Math.min(1, Math.round(s * 1000) / 1000.0));
  }

  private Timeline timeline() {
    return Reports.timeline(holder, target, items.stream().map(i -> i.claim).toList());
  }
}
