package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VictimsTest {

  @Test
  void aProtestAtSomeonesDetentionIsNoOppositionToThem() {
    Readings.Reading r = Readings.of("protest-khan-detention");
    assertThat(Victims.possessor(r.graph(), r.node("detention"), r.node("Khan"))).isTrue();
    assertThat(Readings.drafts("protest-khan-detention")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Dockers");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStatesKillingsAreItsOwnDoing() {
    Readings.Reading r = Readings.of("condemned-israel-killings");
    assertThat(Victims.possessor(r.graph(), r.node("killings"), r.node("Israel"))).isFalse();
    assertThat(Readings.drafts("condemned-israel-killings")).singleElement().satisfies(d ->
        assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("ISR")));
  }

  @Test
  void aStateWhoseShellingIsCondemnedIsTheVictimNotTheTarget() {
    assertThat(Readings.claims("victim-shelling-of")).containsExactly("Egypt OPPOSE -");
  }

  @Test
  void theShellingsDoerNamedByAByPhraseStaysTheTarget() {
    assertThat(Readings.claims("victim-shelling-by")).containsExactly("Egypt OPPOSE Israel");
  }

  @Test
  void theManWhoseArrestACourtFoundArbitraryHoldsNoStance() {
    Readings.Reading r = Readings.of("arrest-possessor-holder");
    assertThat(Holders.ofNoun(r.graph(), r.node("arrest"))).isEmpty();
    assertThat(Readings.claims("arrest-possessor-holder")).isEmpty();
  }

  @Test
  void aStatesKillingOfFishermenIsItsOwnDeed() {
    Readings.Reading r = Readings.of("killings-state-possessor");
    assertThat(Holders.ofNoun(r.graph(), r.node("killing"))).containsExactly(r.node("Uganda"));
  }

  @Test
  void whoseReleaseTheProtestersDemandIsNoTargetOfTheirProtest() {
    assertThat(Readings.claims("befallen-release-possessor")).contains("dockers SUPPORT Juma Mwangi")
        .doesNotContain("dockers OPPOSE Juma Mwangi");
    Readings.Reading r = Readings.of("befallen-release-possessor");
    assertThat(Victims.befallen(r.graph(), r.graph().mentionOf(r.node("Mwangi")))).isTrue();
    Readings.Reading other = Readings.of("befallen-not-supporters");
    assertThat(Victims.befallen(other.graph(), other.graph().mentionOf(other.node("Mwangi")))).isFalse();
  }

  @Test
  void thoseAPenaltyIsHandedToAreNoTargetOfItsCondemnation() {
    assertThat(Readings.claims("terms-of-victims")).containsExactly("Press freedom groups OPPOSE -");
    assertThat(Readings.claims("sentences-of-victims")).containsExactly("rights group OPPOSE -");
    assertThat(Readings.claims("terms-given-victims")).containsExactly("rights group OPPOSE -");
  }

  @Test
  void aTermIsAPenaltyOnlyAsAPrisonOrJailTerm() {
    Readings.Reading r = Readings.of("terms-of-victims");
    assertThat(Victims.harm(r.graph(), r.node("terms"))).isTrue();
    Readings.Reading deal = Readings.of("rejected-deal-terms");
    assertThat(Victims.harm(deal.graph(), deal.node("terms"))).isFalse();
  }

  @Test
  void aGroupWhoseDisarmamentIsOpposedIsNoTargetOfTheOpposition() {
    assertThat(Readings.claims("opposes-disarmament")).doesNotContain("Syria OPPOSE Hezbollah");
  }
}
