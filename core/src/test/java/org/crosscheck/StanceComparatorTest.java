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
