package org.crosscheck.internal.compare;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.Actor;
import org.crosscheck.ActorCatalog;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorLevel;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.ConflictReason;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.internal.text.DateFinder;

/**
 * The {@link StanceComparator} behind {@link StanceComparator#create()}.
 *
 * <p>One pass lifts every claim's holder and target and hashes it into its (holder, target) group: linear in the
 * number of claims. Inside a group, repeats of one report (the same sentence, or the same voice with the same
 * cue and stance in one article) are folded into one representative with its corroborations; the
 * representatives, at most {@code maxClaimsPerGroup} of them, are compared pairwise, and at most
 * {@value #MAX_REPORTED_PER_GROUP} conflicts per group are reported, strongest first. Immutable and thread-safe.
 */
public final class DefaultStanceComparator implements StanceComparator {

  static final int MAX_REPORTED_PER_GROUP = 50;

  private final ActorCatalog catalog;
  private final ActorLevel holderLevel;
  private final ActorLevel targetLevel;
  private final int windowDays;
  private final int maxClaimsPerGroup;

  public DefaultStanceComparator(ActorCatalog catalog, ActorLevel holderLevel, ActorLevel targetLevel,
      int windowDays, int maxClaimsPerGroup) {
    this.catalog = requireNonNull(catalog, "catalog");
    this.holderLevel = requireNonNull(holderLevel, "holderLevel");
    this.targetLevel = requireNonNull(targetLevel, "targetLevel");
    this.windowDays = windowDays;
    this.maxClaimsPerGroup = maxClaimsPerGroup;
  }

  /** A claim placed in its group, with what the comparison needs precomputed. */
  private static final class Item {
    final Claim claim;
    final Optional<LocalDate> date;
    final boolean inferredYear;
    final List<Claim> repeats = new ArrayList<>();

    Item(Claim claim, Optional<LocalDate> date, boolean inferredYear) {
      this.claim = claim;
      this.date = date;
      this.inferredYear = inferredYear;
      this.evidenceKey = null;
    }

    private String evidenceKey;

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

  private record GroupKey(String holder, String target) {}

  private record LiftKey(String id, LocalDate date, boolean target) {}

  private record VoiceKey(String article, String voice, Stance stance, String cue, Modality modality,
      boolean negated) {}

  private record EvidenceKey(String evidence, Stance stance) {}

  private static final class Group {
    final ActorRef holder;
    final ActorRef target;
    final List<Item> items = new ArrayList<>();

    Group(ActorRef holder, ActorRef target) {
      this.holder = holder;
      this.target = target;
    }
  }

  @Override
  public StanceReport compare(Collection<Claim> input) {
    requireNonNull(input, "claims");
    Map<String, Claim> byId = new HashMap<>(Math.max(16, input.size() * 2));
    for (Claim c : input) {
      requireNonNull(c, "claims element");
      byId.merge(c.id(), c, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
    List<Claim> claims = new ArrayList<>(byId.values());
    claims.sort(Comparator.comparing(Claim::id));

    Map<GroupKey, Group> groups = new HashMap<>();
    // Many claims share an actor and a date: lift each (actor, date) once.
    Map<LiftKey, Actor> lifted = new HashMap<>();
    for (Claim c : claims) {
      if (c.target().isEmpty()) {
        continue;
      }
      Optional<LocalDate> date = c.date();
      LocalDate dk = date.orElse(null);
      Actor holder = lifted.computeIfAbsent(new LiftKey(c.actor().id(), dk, false),
          k -> lift(c.actor(), holderLevel, date, false));
      Actor target = lifted.computeIfAbsent(new LiftKey(c.target().get().id(), dk, true),
          k -> lift(c.target().get(), targetLevel, date, true));
      if (holder.id().equals(target.id())) {
        continue;
      }
      GroupKey key = new GroupKey(holder.id(), target.id());
      groups.computeIfAbsent(key, k -> new Group(ActorRef.of(holder, holder.name()), ActorRef.of(target,
          target.name()))).items.add(new Item(c, date, false));
    }

    // Groups are independent: large runs process them in parallel; the final sorts make the order deterministic.
    java.util.Collection<Group> all = groups.values();
    List<GroupResult> results = (all.size() >= 2000 ? all.parallelStream() : all.stream()).map(this::process)
        .toList();
    List<StanceConflict> conflicts = new ArrayList<>();
    List<StanceConflict> agreements = new ArrayList<>();
    List<Timeline> timelines = new ArrayList<>(results.size());
    for (GroupResult r : results) {
      timelines.add(r.timeline());
      conflicts.addAll(r.conflicts());
      agreements.addAll(r.agreements());
    }
    conflicts.sort(RANK);
    agreements.sort(RANK);
    timelines.sort(Comparator.comparing((Timeline t) -> t.holder().id()).thenComparing(t -> t.target().id()));
    return new StanceReport(claims, number(conflicts, "c"), number(agreements, "a"), timelines);
  }

  private record GroupResult(Timeline timeline, List<StanceConflict> conflicts, List<StanceConflict> agreements) {}

  private GroupResult process(Group g) {
    g.items.sort(Comparator.comparing((Item i) -> i.claim.id()));
    Timeline timeline = timeline(g);
    if (g.items.size() < 2) {
      return new GroupResult(timeline, List.of(), List.of());
    }
    List<Item> reps = fold(g.items);
    inferYears(reps);
    if (reps.size() > maxClaimsPerGroup) {
      reps.sort(Comparator.comparingDouble((Item i) -> -i.claim.confidence())
          .thenComparing(i -> i.date.orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(i -> i.claim.id()));
      reps = new ArrayList<>(reps.subList(0, maxClaimsPerGroup));
      reps.sort(Comparator.comparing((Item i) -> i.claim.id()));
    }
    List<Pair> foundPairs = new ArrayList<>();
    List<Pair> agreedPairs = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      for (int j = i + 1; j < reps.size(); j++) {
        Pair c = pair(g, reps.get(i), reps.get(j));
        if (c != null) {
          (c.kind() == ConflictKind.AGREEMENT ? agreedPairs : foundPairs).add(c);
        }
      }
    }
    List<StanceConflict> found = merge(g, foundPairs);
    List<StanceConflict> agreed = merge(g, agreedPairs);
    found.sort(RANK);
    agreed.sort(RANK);
    return new GroupResult(timeline, found.subList(0, Math.min(found.size(), MAX_REPORTED_PER_GROUP)),
        agreed.subList(0, Math.min(agreed.size(), MAX_REPORTED_PER_GROUP)));
  }

  private static final Comparator<StanceConflict> RANK = Comparator
      .comparingDouble((StanceConflict c) -> -c.score())
      .thenComparing(StanceConflict::kind)
      .thenComparing(c -> c.holder().id())
      .thenComparing(c -> c.target().id())
      .thenComparing(c -> c.claims().get(0).id())
      .thenComparing(c -> c.claims().get(1).id());

  private static List<StanceConflict> number(List<StanceConflict> list, String prefix) {
    List<StanceConflict> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      StanceConflict c = list.get(i);
      out.add(new StanceConflict(prefix + (i + 1), c.kind(), c.holder(), c.target(), c.claims(), c.corroborations(),
          c.score(), c.reasons(), c.explanation()));
    }
    return out;
  }

  // --- lifting -----------------------------------------------------------------------------------------------

  private Actor lift(ActorRef ref, ActorLevel level, Optional<LocalDate> date, boolean target) {
    Actor actor = catalog.actor(ref.id()).orElse(null);
    if (actor == null && ref.id().startsWith("anon:")) {
      // An anonymous source speaks for whom it is close to.
      actor = catalog.actor(ref.id().substring(5)).orElse(null);
      if (actor == null) {
        return Actor.builder(ref.id(), ActorKind.ANONYMOUS).names(org.crosscheck.Language.ENGLISH, ref.name())
            .build();
      }
    }
    if (actor == null) {
      return Actor.builder(ref.id(), ref.kind()).names(org.crosscheck.Language.ENGLISH, ref.name()).build();
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
    for (org.crosscheck.Affiliation f : actor.memberOf()) {
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
  private void inferYears(List<Item> reps) {
    for (int i = 0; i < reps.size(); i++) {
      Item it = reps.get(i);
      if (it.date.isPresent() || it.claim.dateText().isEmpty()) {
        continue;
      }
      String t = it.claim.dateText().get();
      Optional<MonthDay> md = DateFinder.registered().find(t, 0, t.length(), null).stream()
          .filter(m -> m.kind() == DateFinder.Kind.DAY_MONTH).findFirst().flatMap(DateFinder.Match::monthDay);
      if (md.isEmpty()) {
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

  /** A compared pair before it becomes a {@link StanceConflict}: no explanation is written for pairs that lose. */
  private record Pair(ConflictKind kind, Item a, Item b, Long gap, Set<ConflictReason> reasons, double score) {}

  private Pair pair(Group g, Item x, Item y) {
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

  private static final Comparator<Pair> PAIR_RANK = Comparator.comparingDouble((Pair p) -> -p.score())
      .thenComparing(Pair::kind).thenComparing(p -> p.a().claim.id()).thenComparing(p -> p.b().claim.id());

  /**
   * Merges the pairs of one group that have the same kind and come from the same two articles into one conflict
   * with all their claims (the strongest pair's first, then the others oldest first): an editor reads "these two
   * reports disagree", not every pair of their sentences. The strongest pair gives the score and the explanation.
   */
  private static List<StanceConflict> merge(Group g, List<Pair> pairs) {
    Map<String, List<Pair>> byKey = new LinkedHashMap<>();
    for (Pair p : pairs) {
      String a = p.a().claim.article();
      String b = p.b().claim.article();
      String key = p.kind() + "|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<StanceConflict> out = new ArrayList<>(byKey.size());
    for (List<Pair> same : byKey.values()) {
      same.sort(PAIR_RANK);
      Pair best = same.get(0);
      Map<String, Claim> claims = new LinkedHashMap<>();
      claims.put(best.a().claim.id(), best.a().claim);
      claims.put(best.b().claim.id(), best.b().claim);
      TreeMap<String, Claim> more = new TreeMap<>();
      TreeMap<String, Claim> corroborations = new TreeMap<>();
      Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
      for (Pair p : same) {
        for (Item it : List.of(p.a(), p.b())) {
          more.putIfAbsent(it.claim.id(), it.claim);
          it.repeats.forEach(r -> corroborations.putIfAbsent(r.id(), r));
        }
        reasons.addAll(p.reasons());
      }
      List<Claim> ordered = new ArrayList<>(claims.values());
      more.values().stream().filter(x -> !claims.containsKey(x.id())).sorted(Comparator
          .comparing((Claim x) -> x.date().orElse(LocalDate.MAX)).thenComparing(Claim::id)).forEach(ordered::add);
      int extra = ordered.size() - 2;
      String explanation = Explanations.explain(best.kind(), g.holder, g.target, best.a().claim, best.a().date,
          best.a().inferredYear, best.b().claim, best.b().date, best.b().inferredYear, best.gap(),
          List.copyOf(best.reasons()), corroborations.size());
      double score = best.score();
      if (extra > 0) {
        explanation += " The same two articles hold " + extra + " more " + (extra == 1 ? "claim" : "claims")
            + " on the same question (" + String.join(", ", ordered.subList(2, ordered.size()).stream()
                .map(Claim::id).toList()) + ").";
        score = Math.min(1.0, Math.round((score + (1 - score) * Math.min(0.2, 0.05 * extra)) * 1000) / 1000.0);
      }
      List<ConflictReason> rs = new ArrayList<>(reasons);
      out.add(new StanceConflict("pending", best.kind(), g.holder, g.target, ordered,
          new ArrayList<>(corroborations.values()), score, rs, explanation));
    }
    return out;
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

  private static int order(Item p, Item q) {
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

  private static Timeline timeline(Group g) {
    List<Timeline.Entry> entries = new ArrayList<>();
    List<Item> sorted = new ArrayList<>(g.items);
    sorted.sort(DefaultStanceComparator::order);
    for (Item it : sorted) {
      Claim c = it.claim;
      entries.add(new Timeline.Entry(c.date(), c.stance(), c.modality(), c.outlet(), c.language(), c.id()));
    }
    return new Timeline(g.holder, g.target, entries);
  }

}
