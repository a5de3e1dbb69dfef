package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

/** "Both countries", "the two neighbours": the two states named just before ({@link Pairs}). */
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
  void theTwoNeighboursAfterThreeStatesAreNobody() {
    // Nobody the extractor can name, yet two states to the reader: no claim toward no one (UnnamedParties).
    assertThat(targets(after("ad-three-states-named", "ad-armenia-criticised-two"))).isEmpty();
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
}
