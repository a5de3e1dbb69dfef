package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class IdiomsTest {

  @Test
  void strikingATonePutsNoCueOnTheVerb() {
    Readings.Reading r = Readings.of("idiom-tone");
    assertThat(Idioms.of(r.graph(), r.node("struck"))).contains(Stance.NEUTRAL);
    assertThat(StanceCues.find(r.graph())).noneMatch(c -> c.text().contains("struck"));
    assertThat(Readings.drafts("idiom-tone")).isEmpty();
  }

  @Test
  void strikingADealIsAnAgreementWithThePartner() {
    assertThat(Readings.drafts("idiom-deal")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("GHA");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("TGO"));
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void anObjectOutsideTheListKeepsTheVerbsStance() {
    Readings.Reading r = Readings.of("reduced-phrase");
    assertThat(Idioms.of(r.graph(), r.node("rounded"))).isEmpty();
  }

  @Test
  void handingOverAListIsNoAid() {
    Readings.Reading r = Readings.of("handed-list");
    assertThat(Idioms.of(r.graph(), r.node("handed"))).contains(Stance.NEUTRAL);
    assertThat(Readings.drafts("handed-list")).isEmpty();
  }

  @Test
  void handingOverAPetitionIsNoAidWhereFoodIs() {
    Readings.Reading r = Readings.of("handed-petition");
    assertThat(Idioms.of(r.graph(), r.node("handed"))).contains(Stance.NEUTRAL);
    assertThat(Readings.claims("handed-petition")).isEmpty();
    assertThat(Readings.claims("handed-aid")).containsExactly("farmers SUPPORT Ghana officials");
  }

  @Test
  void hostingAFirmsHeadquartersIsNoContactWithIt() {
    Readings.Reading r = Readings.of("hosts-headquarters");
    assertThat(Idioms.of(r.graph(), r.node("hosts"))).contains(Stance.NEUTRAL);
    assertThat(Readings.claims("hosts-headquarters")).isEmpty();
  }

  @Test
  void sharingABorderIsNoSupport() {
    Readings.Reading r = Readings.of("shares-border");
    assertThat(Idioms.of(r.graph(), r.node("shares"))).contains(Stance.NEUTRAL);
    assertThat(Readings.drafts("shares-border")).noneMatch(d -> d.cue().contains("share"));
    assertThat(Readings.drafts("share-reservoir")).noneMatch(d -> d.cue().contains("share"));
  }

  @Test
  void sharingSomethingElseStillIsSupport() {
    Readings.Reading r = Readings.of("shared-intelligence");
    assertThat(Idioms.of(r.graph(), r.node("shared"))).isEmpty();
    assertThat(Readings.drafts("shared-intelligence")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Egypt");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void raisingConcernsWithAStateCensuresItRatherThanConsultingIt() {
    // The dictionary's consultation (040) would make it support; a concern raised is the noun's censure.
    assertThat(Readings.claims("raised-concerns")).containsExactly("Norway OPPOSE Egypt");
  }

  @Test
  void deliveringASpeechOrANoteToSomeoneIsNoAid() {
    assertThat(Readings.drafts("delivered-speech")).isEmpty();
    assertThat(Readings.drafts("delivered-note")).isEmpty();
    assertThat(Readings.claims("delivered-warships")).containsExactly("France SUPPORT Egypt");
  }

  @Test
  void releasingFiguresFreesNoOneWhateverSlotTheParserGivesThem() {
    // "Figures released by the commission showed X ahead": parsed as a root participle with the figures its subject.
    assertThat(Readings.drafts("released-results")).isEmpty();
    assertThat(Readings.drafts("released-results-obj")).isEmpty();
    assertThat(Readings.drafts("released-video")).isEmpty();
    assertThat(Readings.drafts("released-data-acl2")).isEmpty();
    assertThat(Readings.drafts("released-report-passive")).isEmpty();
  }

  @Test
  void releasingMoneyStillGives() {
    Readings.Reading r = Readings.of("released-funds-to-state");
    assertThat(Idioms.of(r.graph(), r.node("released"))).isEmpty();
    assertThat(Readings.claims("released-funds-to-state")).containsExactly("IMF SUPPORT Pakistan");
  }

  @Test
  void meetingMostOfSomeonesBenchmarksMeetsNoOne() {
    Readings.Reading r = Readings.of("met-benchmarks-council");
    assertThat(Idioms.of(r.graph(), r.node("met"))).contains(Stance.NEUTRAL);
    assertThat(Readings.drafts("met-benchmarks-council")).isEmpty();
  }

  @Test
  void aDealStruckInARelativeClauseIsStillADeal() {
    assertThat(Readings.claims("struck-relative"))
        .containsExactly("European Union SUPPORT Libya", "European Union SUPPORT Niger");
    assertThat(Readings.claims("struck-relative-2")).containsExactly("EU SUPPORT Egypt", "EU SUPPORT Tunisia");
  }

  @Test
  void givingOneselfUpBacksNoOne() {
    assertThat(Readings.claims("handed-himself-over")).noneMatch(c -> c.contains("SUPPORT"));
    assertThat(Readings.claims("surrendered-to-troops")).noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void energySuppliedIsTradeAndBacksNoOne() {
    assertThat(Readings.claims("supplies-share-of-gas")).isEmpty();
    assertThat(Readings.claims("supplied-drones")).containsExactly("Iran SUPPORT Russia");
  }

  @Test
  void handingOnARotatingChairmanshipIsNoSupportOfTheSuccessor() {
    assertThat(Readings.claims("handed-chairmanship")).isEmpty();
  }

  @Test
  void handingWeaponsToAPartyStillSupportsIt() {
    assertThat(Readings.claims("handed-weapons")).containsExactly("Ghana SUPPORT Nigeria");
  }

  @Test
  void observersSentAreNoHelpToWhereTheyGo() {
    assertThat(Readings.claims("observers-to-city")).noneMatch(c -> c.contains("SUPPORT"));
  }
}
