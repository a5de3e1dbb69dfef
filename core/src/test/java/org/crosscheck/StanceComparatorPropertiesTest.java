package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestClaims.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StanceComparatorPropertiesTest {

  private static final StanceComparator COMPARATOR = StanceComparator.create();
  private static final List<String> HOLDERS = List.of("RUS", "dmitry-peskov", "RUSGOV", "IRN", "TUR", "USA");
  private static final List<String> TARGETS = List.of("bashar-al-assad", "syria-assad-government", "SYR",
      "hayat-tahrir-al-sham", "hezbollah");

  @Provide
  Arbitrary<List<Claim>> claims() {
    Arbitrary<Claim> one = Combinators.combine(
        Arbitraries.of(HOLDERS), Arbitraries.of(TARGETS), Arbitraries.of(Stance.values()),
        Arbitraries.of(Modality.values()), Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 5),
        Arbitraries.of(Language.ENGLISH, Language.ARABIC), Arbitraries.integers().between(0, 3))
        .as((h, t, s, m, day, article, lang, sentence) -> claim("id")
            .article("art" + article, lang, "Outlet " + article).by(h).toward(t).stance(s, "cue " + s)
            .modality(m).on(String.format("2024-12-%02d", day)).sentence("Sentence " + sentence + " " + s + ".")
            .build());
    return one.list().ofMinSize(0).ofMaxSize(25).map(StanceComparatorPropertiesTest::withUniqueIds);
  }

  private static List<Claim> withUniqueIds(List<Claim> in) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Claim c = in.get(i);
      out.add(new Claim("c" + i, c.article(), c.language(), c.actor(), c.speaker(), c.target(), c.stance(), c.cue(),
          c.negated(), c.modality(), c.attribution(), c.date(), c.dateSource(), c.dateText(), c.evidence(),
          c.confidence()));
    }
    return out;
  }

  @Property(tries = 150)
  void theReportDoesNotDependOnTheOrderOfTheClaims(@ForAll("claims") List<Claim> claims, @ForAll long seed) {
    String expected = CrosscheckJson.analysis(List.of(), COMPARATOR.compare(claims), false);
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(CrosscheckJson.analysis(List.of(), COMPARATOR.compare(shuffled), false)).isEqualTo(expected);
  }

  @Property(tries = 150)
  void everyConflictIsSymmetricAndWellFormed(@ForAll("claims") List<Claim> claims) {
    StanceReport r = COMPARATOR.compare(claims);
    for (StanceConflict c : r.conflicts()) {
      assertThat(c.kind()).isNotEqualTo(ConflictKind.AGREEMENT);
      assertThat(c.score()).isBetween(0.0, 1.0);
      assertThat(c.claims()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
      Claim a = c.claims().get(0);
      Claim b = c.claims().get(1);
      // The two claims of the leading pair, given alone in either order, give the same conflict.
      StanceConflict ab = COMPARATOR.compare(List.of(a, b)).conflicts().get(0);
      StanceConflict ba = COMPARATOR.compare(List.of(b, a)).conflicts().get(0);
      assertThat(ba.claims()).isEqualTo(ab.claims());
      assertThat(ba.kind()).isEqualTo(ab.kind());
      assertThat(ba.explanation()).isEqualTo(ab.explanation());
    }
    for (StanceConflict a : r.agreements()) {
      assertThat(a.kind()).isEqualTo(ConflictKind.AGREEMENT);
      assertThat(a.claims()).allMatch(x -> x.stance() == a.claims().get(0).stance());
    }
    assertThat(r.timelines().stream().mapToInt(t -> t.entries().size()).sum())
        .isEqualTo((int) claims.stream().filter(x -> x.target().isPresent()).count());
  }

  @Property(tries = 150)
  void comparingAllClaimsEqualsComparingEachGroupAlone(@ForAll("claims") List<Claim> claims) {
    StanceReport all = COMPARATOR.compare(claims);
    Map<StanceComparator.GroupKey, List<Claim>> byKey = new HashMap<>();
    for (Claim c : claims) {
      COMPARATOR.groupKey(c).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
    }
    List<StanceConflict> conflicts = new ArrayList<>();
    List<StanceConflict> agreements = new ArrayList<>();
    List<Timeline> timelines = new ArrayList<>();
    for (Map.Entry<StanceComparator.GroupKey, List<Claim>> e : byKey.entrySet()) {
      StanceReport part = COMPARATOR.compare(e.getValue());
      assertThat(part.timelines()).singleElement().satisfies(t -> {
        assertThat(t.holder().id()).isEqualTo(e.getKey().holder());
        assertThat(t.target().id()).isEqualTo(e.getKey().target());
      });
      conflicts.addAll(part.conflicts());
      agreements.addAll(part.agreements());
      timelines.addAll(part.timelines());
    }
    assertThat(all.conflicts()).containsExactlyInAnyOrderElementsOf(conflicts);
    assertThat(all.agreements()).containsExactlyInAnyOrderElementsOf(agreements);
    assertThat(all.timelines()).containsExactlyInAnyOrderElementsOf(timelines);
    assertThat(all.conflicts()).extracting(StanceConflict::id).doesNotHaveDuplicates();
  }
}
