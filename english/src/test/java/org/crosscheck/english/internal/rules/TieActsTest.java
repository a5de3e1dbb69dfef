package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class TieActsTest {

  @Test
  void aStateThatWillReviewItsOwnAgreementsWithAnotherOpposesIt() {
    Readings.Reading r = Readings.of("tie-review-own-agreements");
    assertThat(TieActs.stance(r.graph(), r.node("review"))).isEqualTo(Stance.OPPOSE);
    assertThat(Readings.claims("tie-review-own-agreements")).containsExactly("Ghana OPPOSE Senegal");
  }

  @Test
  void aParliamentReviewingAnAgreementBeforeAVoteTakesNoStanceTowardThePartner() {
    assertThat(Readings.claims("tie-parliament-review")).isEmpty();
  }

  @Test
  void aMinisterReviewingBilateralRelationsOnAVisitTakesNoStance() {
    assertThat(Readings.claims("tie-minister-review")).isEmpty();
  }

  @Test
  void twoSidesReviewingTheirOwnAgreementDoubtNeither() {
    assertThat(Readings.claims("tie-joint-review")).isEmpty();
  }

  @Test
  void reconsideringRelationsWithAStateOpposesIt() {
    assertThat(Readings.claims("tie-reconsider-relations")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void downgradingTiesWithAStateOpposesIt() {
    assertThat(Readings.claims("tie-downgraded-ties")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void anAccordPutOnHoldOpposesThePartner() {
    Readings.Reading r = Readings.of("tie-accord-on-hold");
    assertThat(TieActs.stance(r.graph(), r.node("put"))).isEqualTo(Stance.OPPOSE);
    assertThat(Readings.claims("tie-accord-on-hold")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void upgradingRelationsWithAStateSupportsIt() {
    assertThat(Readings.claims("tie-upgraded-with")).containsExactly("Ghana SUPPORT Togo");
  }

  @Test
  void relationsDowngradedByTwoStatesAreOppositionBothWays() {
    assertThat(Readings.claims("tie-downgraded-between")).containsExactly("Ghana OPPOSE Togo", "Togo OPPOSE Ghana");
  }

  @Test
  void rulingOutRestoredRelationsOpposesThePartner() {
    assertThat(Readings.drafts("tie-ruled-out-restoring")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Togo"));
    });
  }

  @Test
  void aPartnershipDeepenedWithStatesNamedBeforeKeepsTheNounsTargets() {
    Readings.Reading r = Readings.of("tie-partnership-both");
    assertThat(TieActs.stance(r.graph(), r.node("deepen"))).isNull();
    assertThat(TieActs.actedOn(r.graph(), r.node("partnership"))).isFalse();
  }

  @Test
  void tiesWithAnIndustryAreNoStanceTowardAState() {
    assertThat(Readings.claims("tie-thing-partner")).isEmpty();
  }

  @Test
  void aSharedAccordWithNoPartnerNamedIsNoStanceBetweenItsParties() {
    assertThat(Readings.claims("tie-shared-accord")).isEmpty();
  }

  @Test
  void anAgreementOfOnesOwnWithAPartnerNamedStillSupportsThePartner() {
    assertThat(Readings.claims("tie-own-agreement-in-force")).containsExactly("Ghana SUPPORT Togo");
  }

  @Test
  void aCallForAReviewOfAgreementsIsNoSupportOfThePartner() {
    assertThat(Readings.claims("tie-review-noun")).noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void anAllianceExpandedWithPartnersTheParserHangsOnTheVerbSupportsEach() {
    assertThat(Readings.claims("tie-alliance-partner-on-verb"))
        .containsExactly("Ghana SUPPORT Benin", "Ghana SUPPORT Togo");
  }

  @Test
  void aStateThatWillReconsiderItsAidToAnotherThreatensItAndDoesNotSupportIt() {
    Readings.Reading r = Readings.of("tie-aid-reconsider");
    assertThat(TieActs.stance(r.graph(), r.node("reconsider"))).isEqualTo(Stance.OPPOSE);
    assertThat(TieActs.actedOn(r.graph(), r.node("aid"))).isTrue();
    assertThat(Readings.claims("tie-aid-reconsider")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void aStateReviewingItsAssistanceToAnotherTakesNoStanceTowardIt() {
    assertThat(Readings.claims("tie-aid-review")).isEmpty();
  }

  @Test
  void loansPutOnHoldOpposeTheBorrower() {
    assertThat(Readings.claims("tie-aid-on-hold")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void supportConditionedOnReformsIsNoStanceTowardTheRecipient() {
    assertThat(Readings.claims("tie-aid-conditioned")).isEmpty();
  }

  @Test
  void cooperationConditionedOnReformsIsNoStanceTowardThePartner() {
    assertThat(Readings.claims("tie-cooperation-conditioned")).isEmpty();
  }

  @Test
  void aidFrozenByANegatorKeepsTheNounsNegatedReading() {
    Readings.Reading r = Readings.of("tie-aid-frozen");
    assertThat(TieActs.actedOn(r.graph(), r.node("aid"))).isFalse();
    assertThat(TieActs.stance(r.graph(), r.node("froze"))).isNull();
    assertThat(Readings.drafts("tie-aid-frozen")).singleElement()
        .satisfies(d -> assertThat(d.negated()).isTrue());
  }

  @Test
  void aidResumedIsStillSupportOfTheRecipient() {
    assertThat(Readings.claims("tie-aid-resumed")).containsExactly("Ghana SUPPORT Togo");
  }

  @Test
  void anotherStatesAidQuestionedIsStillItsSupportOfTheRecipient() {
    Readings.Reading r = Readings.of("tie-aid-others-questioned");
    assertThat(TieActs.actedOn(r.graph(), r.node("aid"))).isFalse();
    assertThat(Readings.claims("tie-aid-others-questioned")).containsExactly("Nigeria SUPPORT Togo");
  }

  @Test
  void anotherStatesAidReconsideredIsNoThreatOfTheOnesReconsideringIt() {
    Readings.Reading r = Readings.of("tie-aid-others-reconsidered");
    assertThat(TieActs.stance(r.graph(), r.node("reconsider"))).isNull();
    assertThat(Readings.claims("tie-aid-others-reconsidered")).noneMatch(c -> c.contains(" OPPOSE "));
  }

  @Test
  void aidSlashedOpposesTheRecipient() {
    assertThat(Readings.claims("tie-aid-slashed")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void lendingPausedOpposesTheBorrower() {
    assertThat(Readings.claims("tie-lending-paused")).containsExactly("Ghana OPPOSE Togo");
  }

  @Test
  void aTieSaidToBeDamagedIsNoSupport() {
    assertThat(Readings.claims("tie-damaged-cooperation")).noneMatch(c -> c.contains("SUPPORT"));
  }
}
