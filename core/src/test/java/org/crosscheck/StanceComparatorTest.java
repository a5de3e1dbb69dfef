package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestClaims.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StanceComparatorTest {

  private static final StanceComparator COMPARATOR = StanceComparator.create();

  private static Claim peskovBacksAssad() {
    return claim("en#1").article("en", Language.ENGLISH, null).by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "continue to back").modality(Modality.FUTURE)
        .on("2024-12-02").build();
  }

  private static Claim sourceNoPlanToSaveAssad() {
    return claim("ar#1").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").anonymousSource()
        .toward("bashar-al-assad").stance(Stance.OPPOSE, "لا خطة … لإنقاذ").negated().on("2024-12-06").build();
  }

  @Test
  void reportsConflictWhenSameActorSupportsAndOpposesTarget() {
    StanceReport r = COMPARATOR.compare(List.of(peskovBacksAssad(), sourceNoPlanToSaveAssad()));
    assertThat(r.conflicts()).hasSize(1);
    StanceConflict c = r.conflicts().get(0);
    assertThat(c.kind()).isEqualTo(ConflictKind.CONTRADICTION);
    assertThat(c.holder().id()).isEqualTo("RUS");
    assertThat(c.target().id()).isEqualTo("syria-assad-government");
    assertThat(c.claims()).extracting(Claim::id).containsExactly("en#1", "ar#1");
    assertThat(c.reasons()).contains(ConflictReason.OPPOSITE_STANCE, ConflictReason.NEGATION,
        ConflictReason.CROSS_LANGUAGE, ConflictReason.ANONYMOUS_VOICE);
    assertThat(c.score()).isBetween(0.0, 1.0);
    assertThat(c.explanation()).contains("Russia", "Dmitry Peskov", "بغداد اليوم", "2 December 2024",
        "6 December 2024", "English", "Arabic", "negation", "unnamed source");
  }

  @Test
  void reportsAReversalWhenOppositeStancesAreWeeksApart() {
    Claim later = claim("en#2").article("en2", Language.ENGLISH, null).by("RUSGOV").toward("SYRGOV")
        .stance(Stance.OPPOSE, "does not intend to provide any assistance").negated().on("2024-12-26").build();
    StanceReport r = COMPARATOR.compare(List.of(peskovBacksAssad(), claim("x").by("RUS").toward(
        "syria-assad-government").stance(Stance.OPPOSE, "warned").on("2024-11-01").article("old", Language.ENGLISH,
        "Old News").build()));
    assertThat(r.conflicts()).extracting(StanceConflict::kind).containsExactly(ConflictKind.REVERSAL);
    assertThat(r.conflicts().get(0).claims()).extracting(Claim::id).containsExactly("x", "en#1");
    assertThat(r.conflicts().get(0).explanation()).contains("31 days later");
    // The Syrian government on 26 December is the transitional one: not the same target as Assad's.
    assertThat(COMPARATOR.compare(List.of(peskovBacksAssad(), later)).conflicts()).isEmpty();
  }

  @Test
  void reportsHedgeMismatchWhenOneSideIsConditional() {
    Claim conditional = claim("ar#2").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").saidBy("dmitry-peskov")
        .toward("SYR").stance(Stance.SUPPORT, "تقديم المساعدة العسكرية لدعم").modality(Modality.CONDITIONAL)
        .on("2024-12-06").build();
    StanceReport r = COMPARATOR.compare(List.of(conditional, sourceNoPlanToSaveAssad()));
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ConflictKind.HEDGE_MISMATCH);
      assertThat(c.reasons()).contains(ConflictReason.CONDITION, ConflictReason.SAME_ARTICLE);
      assertThat(c.target().id()).isEqualTo("syria-assad-government");
    });
  }

  @Test
  void reportsAgreementFromIndependentSourcesAndNothingFromOneArticle() {
    Claim a = claim("a").article("one", Language.ENGLISH, "Outlet One").by("IRN").toward("syria-assad-government")
        .stance(Stance.SUPPORT, "steadfast support").on("2024-12-01").build();
    Claim b = claim("b").article("two", Language.ARABIC, "Outlet Two").by("abbas-araghchi")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "دعم").on("2024-12-02").build();
    StanceReport r = COMPARATOR.compare(List.of(a, b));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.agreements()).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(ConflictKind.AGREEMENT);
      assertThat(x.holder().id()).isEqualTo("IRN");
    });
    Claim c = claim("c").article("one", Language.ENGLISH, "Outlet One").by("IRN").toward("syria-assad-government")
        .stance(Stance.SUPPORT, "firm support").on("2024-12-01").build();
    assertThat(COMPARATOR.compare(List.of(a, c)).agreements()).isEmpty();
  }

  @Test
  void liftsHoldersToTheirStateByDefaultAndKeepsThemAtPersonLevelOnRequest() {
    Claim peskov = claim("p").article("p", Language.ENGLISH, "P").by("dmitry-peskov").toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "backs").on("2024-12-02").build();
    Claim ushakov = claim("u").article("u", Language.ENGLISH, "U").by("yuri-ushakov").toward("bashar-al-assad")
        .stance(Stance.OPPOSE, "abandons").on("2024-12-03").build();
    assertThat(COMPARATOR.compare(List.of(peskov, ushakov)).conflicts()).singleElement()
        .satisfies(c -> assertThat(c.holder().id()).isEqualTo("RUS"));
    StanceComparator personal = StanceComparator.builder().holderLevel(ActorLevel.MENTIONED).build();
    assertThat(personal.compare(List.of(peskov, ushakov)).conflicts()).isEmpty();
  }

  @Test
  void separatesTheSyrianGovernmentBeforeAndAfterTheEighthOfDecember() {
    Claim before = claim("before").article("b", Language.ENGLISH, "B").by("RUS").toward("SYR")
        .stance(Stance.SUPPORT, "supports").on("2024-12-05").build();
    Claim after = claim("after").article("c", Language.ENGLISH, "C").by("RUS").toward("SYR")
        .stance(Stance.OPPOSE, "opposes").on("2024-12-20").build();
    StanceReport r = COMPARATOR.compare(List.of(before, after));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.timelines()).extracting(t -> t.target().id())
        .containsExactlyInAnyOrder("syria-assad-government", "syria-transitional-government");
  }

  @Test
  void foldsRepeatsOfOneReportIntoCorroboration() {
    String quote = "Russia would continue to back Syrian President Bashar al-Assad.";
    Claim one = claim("r1").article("r1", Language.ENGLISH, "Wire A").by("RUS").toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "continue to back").on("2024-12-02").sentence(quote).build();
    Claim two = claim("r2").article("r2", Language.ENGLISH, "Wire B").by("RUS").toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "continue to back").on("2024-12-02").sentence(quote).build();
    StanceReport r = COMPARATOR.compare(List.of(one, two, sourceNoPlanToSaveAssad()));
    assertThat(r.agreements()).isEmpty();
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.claims()).extracting(Claim::id).containsExactly("r1", "ar#1");
      assertThat(c.corroborations()).extracting(Claim::id).containsExactly("r2");
    });
  }

  @Test
  void isIndependentOfInputOrderAndSymmetric() {
    List<Claim> claims = new ArrayList<>(List.of(peskovBacksAssad(), sourceNoPlanToSaveAssad(),
        claim("t1").article("t", Language.ENGLISH, "T").by("TUR").toward("syria-assad-government")
            .stance(Stance.OPPOSE, "accused").on("2024-12-01").build(),
        claim("t2").article("u", Language.ENGLISH, "U").by("TUR").toward("syria-assad-government")
            .stance(Stance.SUPPORT, "praised").modality(Modality.HEDGED).on("2024-12-02").build(),
        claim("t3").article("v", Language.ARABIC, "V").by("TURGOV").toward("syria-assad-government")
            .stance(Stance.OPPOSE, "أدان").on("2024-12-20").build()));
    String expected = render(COMPARATOR.compare(claims));
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(claims, random);
      assertThat(render(COMPARATOR.compare(claims))).isEqualTo(expected);
    }
  }

  private static String render(StanceReport r) {
    return CrosscheckJson.analysis(List.of(), r, false);
  }

  @Test
  void ignoresClaimsWithoutTargetAndNeutralStancesInConflicts() {
    Claim neutral = claim("n").article("n", Language.ENGLISH, "N").by("USA").toward("syria-assad-government")
        .stance(Stance.NEUTRAL, "monitoring").on("2024-12-02").build();
    Claim noTarget = new Claim("nt", "nt", Language.ENGLISH, TestClaims.ref("RUS"), java.util.Optional.empty(),
        java.util.Optional.empty(), Stance.OPPOSE, "refused", false, Modality.ASSERTED,
        new Attribution(List.of(), false, false), java.util.Optional.empty(), DateSource.UNKNOWN,
        java.util.Optional.empty(), new Evidence("x", 0, 1), 0.5);
    StanceReport r = COMPARATOR.compare(List.of(peskovBacksAssad(), neutral, noTarget));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.claims()).hasSize(3);
  }

  @Test
  void isLinearInTheNumberOfGroupsAndCapsLargeGroups() {
    List<Claim> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(claim("m" + i).article("art" + i, Language.ENGLISH, "Outlet " + (i % 7)).by("RUS")
          .toward("syria-assad-government").stance(i % 2 == 0 ? Stance.SUPPORT : Stance.OPPOSE, "cue " + i)
          .on("2024-12-0" + (1 + i % 5)).sentence("Sentence number " + i + ".").build());
    }
    StanceReport r = StanceComparator.builder().maxClaimsPerGroup(50).build().compare(many);
    assertThat(r.conflicts().size()).isLessThanOrEqualTo(50);
    assertThat(r.timelines()).singleElement().satisfies(t -> assertThat(t.entries()).hasSize(2000));
  }

  @Test
  void mergesEveryPairBetweenTwoArticlesIntoOneConflictLedByTheBestPair() {
    Claim pledge = peskovBacksAssad();
    Claim ally = claim("en#3").article("en", Language.ENGLISH, null).by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "key ally").build();
    Claim maybe = claim("en#4").article("en", Language.ENGLISH, null).by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "could help").modality(Modality.HEDGED).on("2024-12-02").build();
    Claim noPlan = sourceNoPlanToSaveAssad();
    StanceReport r = COMPARATOR.compare(List.of(pledge, ally, maybe, noPlan));
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      // Dated on both sides beats the undated "key ally"; opposite stances beat the hedge.
      assertThat(c.kind()).isEqualTo(ConflictKind.CONTRADICTION);
      assertThat(c.claims()).extracting(Claim::id).containsExactly("en#1", "ar#1", "en#4", "en#3");
      assertThat(c.kinds()).containsExactly(ConflictKind.CONTRADICTION, ConflictKind.HEDGE_MISMATCH);
      assertThat(c.reasons()).contains(ConflictReason.HEDGE, ConflictReason.UNDATED);
      assertThat(c.explanation()).contains("also show a hedge mismatch", "2 more claims");
    });
  }

  @Test
  void keepsEachPairOfVoicesInsideOneArticleApart() {
    Claim peskov = claim("ar#2").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").saidBy("dmitry-peskov")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "دعم").on("2024-12-06").build();
    Claim ushakov = claim("ar#3").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").saidBy("yuri-ushakov")
        .toward("bashar-al-assad").stance(Stance.SUPPORT, "دعم").on("2024-12-06").build();
    StanceReport r = COMPARATOR.compare(List.of(sourceNoPlanToSaveAssad(), peskov, ushakov));
    assertThat(r.conflicts()).hasSize(2).allSatisfy(c -> assertThat(c.claims()).hasSize(2));
    assertThat(r.conflicts()).flatExtracting(StanceConflict::claims).extracting(Claim::id)
        .containsOnly("ar#1", "ar#2", "ar#3");
  }

  @Test
  void ranksAFirmAgainstHedgedDifferenceOfOneStanceBelowOppositeStances() {
    Claim firm = claim("i1").article("i1", Language.ENGLISH, "One").by("IRN").toward("syria-assad-government")
        .stance(Stance.SUPPORT, "backs").on("2024-12-01").confidence(1.0).build();
    Claim hedged = claim("i2").article("i2", Language.ENGLISH, "Two").by("IRN").toward("syria-assad-government")
        .stance(Stance.SUPPORT, "may back").modality(Modality.HEDGED).on("2024-12-02").confidence(1.0).build();
    Claim weakFor = claim("t1").article("t1", Language.ENGLISH, "Three").by("TUR")
        .toward("syria-assad-government").stance(Stance.SUPPORT, "backs").on("2024-12-01").confidence(0.2).build();
    Claim weakAgainst = claim("t2").article("t2", Language.ENGLISH, "Four").by("TUR")
        .toward("syria-assad-government").stance(Stance.OPPOSE, "opposes").on("2024-12-02").confidence(0.2).build();
    StanceReport r = COMPARATOR.compare(List.of(firm, hedged, weakFor, weakAgainst));
    assertThat(r.conflicts()).extracting(StanceConflict::kind)
        .containsExactly(ConflictKind.CONTRADICTION, ConflictKind.HEDGE_MISMATCH);
    assertThat(r.conflicts().get(0).score()).isLessThan(r.conflicts().get(1).score());
  }

  @Test
  void givesConflictsIdsFromTheirContentWhateverElseIsCompared() {
    StanceReport alone = COMPARATOR.compare(List.of(peskovBacksAssad(), sourceNoPlanToSaveAssad()));
    Claim unrelated = claim("zz").article("zz", Language.ENGLISH, "Z").by("TUR").toward("syria-assad-government")
        .stance(Stance.OPPOSE, "accused").on("2024-12-01").build();
    Claim other = claim("aa").article("aa", Language.ENGLISH, "A").by("TUR").toward("syria-assad-government")
        .stance(Stance.SUPPORT, "praised").on("2024-12-02").build();
    StanceReport more = COMPARATOR.compare(List.of(unrelated, sourceNoPlanToSaveAssad(), other, peskovBacksAssad()));
    String id = alone.conflicts().get(0).id();
    assertThat(id).matches("c[0-9a-f]{16}");
    assertThat(more.conflicts()).extracting(StanceConflict::id).contains(id).hasSize(2).doesNotHaveDuplicates();
    Claim earlier = claim("ar#1").article("ar", Language.ARABIC, "بغداد اليوم").by("RUS").anonymousSource()
        .toward("bashar-al-assad").stance(Stance.OPPOSE, "لا خطة … لإنقاذ").negated().on("2024-11-20").build();
    StanceConflict reversal = COMPARATOR.compare(List.of(peskovBacksAssad(), earlier)).conflicts().get(0);
    assertThat(reversal.kind()).isEqualTo(ConflictKind.REVERSAL);
    assertThat(reversal.id()).as("another kind, another id").isNotEqualTo(id);
  }

  @Test
  void refusesTwoDifferentClaimsUnderOneIdAndCountsAnExactRepeatOnce() {
    // Three scraped pages all named index.html once gave claims index#1 from three articles: none may be lost.
    Claim first = claim("index#1").article("index", Language.ENGLISH, "One").by("RUS").toward("bashar-al-assad")
        .stance(Stance.SUPPORT, "backs").on("2024-12-02").build();
    Claim second = claim("index#1").article("index", Language.ENGLISH, "Two").by("RUS").toward("bashar-al-assad")
        .stance(Stance.OPPOSE, "abandons").on("2024-12-03").build();
    assertThatThrownBy(() -> COMPARATOR.compare(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index#1").hasMessageContaining("unique");
    assertThat(COMPARATOR.compare(List.of(first, first, sourceNoPlanToSaveAssad())).claims()).hasSize(2);
  }

  @Test
  void exposesTheGroupKeyItComparesAClaimUnder() {
    assertThat(COMPARATOR.groupKey(peskovBacksAssad()))
        .contains(new StanceComparator.GroupKey("RUS", "syria-assad-government"));
    Claim noTarget = new Claim("nt", "nt", Language.ENGLISH, TestClaims.ref("RUS"), java.util.Optional.empty(),
        java.util.Optional.empty(), Stance.OPPOSE, "refused", false, Modality.ASSERTED,
        new Attribution(List.of(), false, false), java.util.Optional.empty(), DateSource.UNKNOWN,
        java.util.Optional.empty(), new Evidence("x", 0, 1), 0.5);
    assertThat(COMPARATOR.groupKey(noTarget)).isEmpty();
    StanceComparator personal = StanceComparator.builder().holderLevel(ActorLevel.MENTIONED).build();
    assertThat(personal.groupKey(peskovBacksAssad())).map(StanceComparator.GroupKey::holder).contains("RUS");
    assertThat(personal.groupKey(sourceNoPlanToSaveAssad())).map(StanceComparator.GroupKey::holder).contains("RUS");
    assertThatThrownBy(() -> new StanceComparator.GroupKey(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checksItsBuilderArguments() {
    assertThatThrownBy(() -> StanceComparator.builder().windowDays(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowDays");
    assertThatThrownBy(() -> StanceComparator.builder().holderLevel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("holderLevel");
    assertThatThrownBy(() -> COMPARATOR.compare(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void writesAndReadsBackTheReportAsJson() {
    StanceReport r = COMPARATOR.compare(List.of(peskovBacksAssad(), sourceNoPlanToSaveAssad()));
    String json = CrosscheckJson.analysis(List.of(), r, true);
    assertThat(json).contains("\"schemaVersion\" : 1", "\"conflicts\"", "\"kind\" : \"CONTRADICTION\"");
    StanceReport back = CrosscheckJson.readReport(json);
    assertThat(back.claims()).isEqualTo(r.claims());
    assertThat(back.conflicts()).hasSize(1);
    assertThat(back.conflicts().get(0).claims()).isEqualTo(r.conflicts().get(0).claims());
    assertThat(back.conflicts().get(0).explanation()).isEqualTo(r.conflicts().get(0).explanation());
    assertThat(CrosscheckJson.analysis(List.of(), back, true)).isEqualTo(json);
    assertThatThrownBy(() -> CrosscheckJson.readReport("{\"schemaVersion\":99}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemaVersion");
  }

  @Test
  void readsBackOneClaim() {
    Claim c = sourceNoPlanToSaveAssad();
    assertThat(CrosscheckJson.readClaim(CrosscheckJson.toJson(c))).isEqualTo(c);
  }

  static String ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(Collectors.joining(","));
  }
}
