package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class AllegationsTest {

  @Test
  void supportAnAllegationSaysOfTheOneRejectingItIsNoStanceOfIts() {
    // A denied backing is no stance toward the backed: a reader takes neither support nor opposition from it.
    assertThat(Readings.claims("allegation-rejected")).containsExactly("Kenya OPPOSE Somalia");
  }

  @Test
  void anAllegationsClauseTheParserHangsOnTheRejectingVerbIsStillTheDeniedAllegation() {
    assertThat(Readings.drafts("rejected-claims-parataxis")).noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void theChargeByANamedAccuserOpposesTheAccuserAndDeniesTheBackingOfItself() {
    assertThat(Readings.drafts("rejected-charge-by-ccomp"))
        .noneMatch(d -> d.stance() == Stance.SUPPORT)
        .allMatch(d -> !d.target().orElseThrow().text().equals("M23 rebels") || d.negated())
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("Rwanda");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Congo");
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
        });
  }

  @Test
  void aClauseAfterTheRejectionsOwnPunctuationIsTheRejectersOwnCharge() {
    assertThat(Readings.drafts("rejected-claims-then-own-charge")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("France");
      assertThat(d.target().orElseThrow().text()).isEqualTo("rebels");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.negated()).isFalse();
    });
  }

  @Test
  void denyingANamedAccusersAccusationOpposesTheAccuserAndNegatesOnlyItsOwnDeed() {
    assertThat(Readings.drafts("denied-named-accusation"))
        .allMatch(d -> d.target().orElseThrow().text().equals("Malawi") || d.negated())
        .filteredOn(d -> d.target().orElseThrow().text().equals("Malawi")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Zambia");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Malawi");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.negated()).isFalse();
    });
  }

  @Test
  void denyingAChargeNoOneIsNamedForIsNoStanceTowardTheOneSupplied() {
    assertThat(Readings.drafts("denied-unnamed-charge"))
        .noneMatch(d -> d.target().map(t -> t.text().equals("Russia")).orElse(false));
  }

  @Test
  void denyingReportsOfItsOwnDeedIsNoStance() {
    assertThat(Readings.claims("denied-reports-arming")).isEmpty();
  }

  @Test
  void anotherActorsDeedInARejectedAllegationIsNobodysStance() {
    assertThat(Readings.drafts("allegation-said-of-other")).noneMatch(d -> d.holder().text().equals("Uganda"));
  }

  @Test
  void whatReportsSayIsAnUnnamedVoicesWord() {
    assertThat(Readings.drafts("allegation-reports")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chad");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
    });
  }

  @Test
  void accusationsARejecterNamesInAFreeRelativeAreNotItsOwn() {
    Readings.Reading r = Readings.of("rejected-allegation-named");
    assertThat(Allegations.rejectedNoun(r.graph(), r.node("accusations"))).isTrue();
    assertThat(Readings.claims("rejected-allegation-named")).containsExactly("Kremlin OPPOSE -");
  }

  @Test
  void accusationsRepeatedAreStillTheSpeakersOwn() {
    Readings.Reading r = Readings.of("rejected-allegation-repeated");
    assertThat(Allegations.rejectedNoun(r.graph(), r.node("accusations"))).isFalse();
    assertThat(Readings.claims("rejected-allegation-repeated")).containsExactly("Seoul OPPOSE Pyongyang");
  }

  @Test
  void sanctionsRejectedAreStillTheirImposersStance() {
    assertThat(Readings.claims("rejected-sanctions-object")).contains("US OPPOSE Iran");
  }

  @Test
  void accusationsAnotherRejectsAreStillTheirMakersOwn() {
    assertThat(Readings.claims("rejected-allegation-passive")).contains("Seoul OPPOSE Pyongyang");
  }

  @Test
  void anAllegationOpposesTheOneItsClauseAccuses() {
    assertThat(Readings.claims("allegation-accused-renewed")).containsExactly("Nigeria OPPOSE Cameroon");
  }

  @Test
  void whatAPassiveClauseOfAnAllegationBefellIsNotAccused() {
    assertThat(Readings.claims("allegation-accused-passive")).isEmpty();
  }

  @Test
  void anAllegationOfThePossessivePronounIsTheWordOfTheVerbsSubject() {
    assertThat(Readings.drafts("allegation-possessive-voice")).anySatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("SOM");
      assertThat(d.speaker().map(x -> x.actor().id())).contains("KEN");
    });
  }

  @Test
  void anAllegationsClauseHungOnThePlaceItWasMadeInIsStillTheAllegation() {
    assertThat(Readings.claims("claims-in-media")).noneMatch(c -> c.startsWith("Bolivia"));
    assertThat(Readings.claims("claims-in-media-ccomp")).noneMatch(c -> c.startsWith("Lima"));
  }
}
