package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

/** "Both countries", "the two neighbours", "both sides": two parties the article named ({@link Pairs}). */
class PairsTest {

  /** The drafts of fixture {@code id} read just after fixture {@code before}, each noted as the driver notes it. */
  private static List<ClaimDraft> after(String before, String id) {
    Discourse d = new Discourse();
    CandidateFilter.isCandidate(Readings.of(before, null, d).ctx(), Readings.LEX);
    Readings.Reading r = Readings.in(Conll.get(before).text() + " ", id, d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  private static List<String> targets(List<ClaimDraft> drafts) {
    return drafts.stream().map(x -> x.target().map(t -> t.actor().id()).orElse("-")).sorted().toList();
  }

  @Test
  void bothCountriesCriticisedAfterTwoStatesAreNamedAreBothStates() {
    List<ClaimDraft> drafts = after("ad-two-states-named", "ad-criticised-both-countries");
    assertThat(drafts).allSatisfy(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("RUS");
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(targets(drafts)).containsExactly("ARM", "AZE");
  }

  @Test
  void theTwoNeighboursOfOneOfThreeStatesNamedAreTheOtherTwo() {
    // The holder aside, the article has named two states: Armenia's two neighbours.
    assertThat(targets(after("ad-three-states-named", "ad-armenia-criticised-two"))).containsExactly("AZE", "GEO");
  }

  @Test
  void theTwoNeighboursAfterThreeStatesNamedAsOftenAreNobody() {
    // Nobody the extractor can name, yet two states to the reader: no claim toward no one (UnnamedParties).
    assertThat(urged(Readings.inOrder(new Discourse(), "ad-three-states-named", "ap-mediation-urged"))).isEmpty();
  }

  @Test
  void theTwoNeighboursOfOneOfThemAreTheOtherOnly() {
    assertThat(targets(after("ad-two-states-named", "ad-armenia-criticised-two"))).containsExactly("AZE");
  }

  @Test
  void countriesNotCountedAsTwoAreNotThePairNamedBefore() {
    // Unresolved, the countries are no target, and a stance toward things told before and unresolved is no claim.
    assertThat(targets(after("ad-two-states-named", "ad-criticised-the-countries"))).doesNotContain("ARM", "AZE");
  }

  /** The targets of the drafts an appeal gave ("urged …"). */
  private static List<String> urged(List<ClaimDraft> drafts) {
    return targets(drafts.stream().filter(d -> d.cue().startsWith("urge")).toList());
  }

  @Test
  void bothGovernmentsAfterAMediatorIsNamedAreTheTwoTheArticleIsAbout() {
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-ethiopia-accuses", "ap-eritrea-denies",
        "ap-mediation-urged"))).containsExactly("ERI", "ETH");
  }

  @Test
  void bothGovernmentsBesideAMediatorAreNobodyWhenTheArticleHasNotNamedTwo() {
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-mediation-urged"))).isEmpty();
  }

  @Test
  void bothCountriesAfterTwoStatesJoinedInTheSentenceAreThoseTwo() {
    List<ClaimDraft> drafts = Readings.inOrder(new Discourse(), "ap-ethiopia-accuses", "ap-eritrea-denies",
        "ap-joined-thanked");
    assertThat(drafts.stream().filter(d -> d.cue().startsWith("thank")).toList())
        .extracting(d -> d.target().map(t -> t.actor().id()).orElse("-"))
        .containsExactlyInAnyOrder("IND", "CHN");
  }

  @Test
  void bothSidesAreAnArmedGroupAndAStateTheArticleIsAbout() {
    List<ClaimDraft> drafts = Readings.inOrder(new Discourse(), "ap-israel-accuses", "ap-hamas-says",
        "ap-both-sides-urged");
    assertThat(drafts).allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("QAT");
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
    });
    assertThat(targets(drafts)).hasSize(2).contains("ISR");
  }

  @Test
  void bothSidesAsAPlaceStandForNobody() {
    Discourse d = new Discourse();
    Readings.inOrder(d, "ap-israel-accuses", "ap-hamas-says");
    Readings.Reading r = Readings.in(Conll.get("ap-israel-accuses").text() + " " + Conll.get("ap-hamas-says").text()
        + " ", "ap-on-both-sides", d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    Graph g = new Graph(r.ctx(), Readings.LEX);
    assertThat(g.node(12).word()).isEqualTo("sides");
    assertThat(Pairs.at(g, g.node(12), List.of())).isEmpty();
  }

  @Test
  void aGoBetweenNamedAsOftenAsTheTwoIsNeitherOfThem() {
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-ethiopia-accuses", "ap-qatar-hosted", "ap-eritrea-denies",
        "ap-qatar-mediation", "ap-mediation-urged"))).containsExactly("ERI", "ETH");
  }

  @Test
  void bothGovernmentsAreNobodyWhenThreeStatesAreNamedAsOften() {
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-ethiopia-accuses", "ap-eritrea-denies", "ap-djibouti-warns",
        "ap-djibouti-warns", "ap-mediation-urged"))).isEmpty();
  }

  @Test
  void bothGovernmentsAfterTheOnlyTwoNamedOnceAreThoseTwo() {
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-ethiopia-eritrea-clash", "ap-djibouti-warns",
        "ap-mediation-urged"))).isEmpty();
    assertThat(urged(Readings.inOrder(new Discourse(), "ap-ethiopia-eritrea-clash", "ap-mediation-urged")))
        .containsExactly("ERI", "ETH");
  }

  @Test
  void theTwoNeighboursOfOneOfTheTwoTheArticleIsAboutAreTheOtherOnly() {
    List<ClaimDraft> drafts = Readings.inOrder(new Discourse(), "ad-two-states-named", "ad-two-states-named",
        "ap-djibouti-warns", "ad-armenia-criticised-two");
    assertThat(targets(drafts)).containsExactly("AZE");
  }
}
