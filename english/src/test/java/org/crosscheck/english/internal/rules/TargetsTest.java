package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class TargetsTest {

  private static List<String> targets(String id, String cue, boolean nominal, String verb) {
    Readings.Reading r = Readings.of(id);
    SpeechFrames.Frame f = verb == null ? null : SpeechFrames.find(r.graph()).get(r.graph().idx(r.node(verb)));
    List<ActorSpan> holders = Holders.of(r.graph(), r.node(cue), nominal, f);
    return Targets.of(r.graph(), r.node(cue), nominal, f, holders).stream().map(ActorSpan::text).toList();
  }

  @Test
  void objectIsTheTarget() {
    assertThat(targets("will-support", "support", false, null)).containsExactly("Argentina");
  }

  @Test
  void passiveSubjectIsTheTargetWhenAnAgentHolds() {
    assertThat(targets("passive-agent", "condemned", false, null)).containsExactly("Hamas");
  }

  @Test
  void nounTakesItsPrepositionalTarget() {
    assertThat(targets("possessive-noun", "support", true, null)).containsExactly("Hezbollah");
  }

  @Test
  void lightVerbCarriesTheRecipient() {
    assertThat(targets("light-verb", "warning", true, null)).containsExactly("Sweden");
  }

  @Test
  void conjoinedTargetsComeAlong() {
    assertThat(targets("conj-targets", "praised", false, null)).containsExactly("Egypt", "Jordan");
  }

  @Test
  void complementOfAnAdjectiveIsSearched() {
    assertThat(targets("committed-to", "committed", true, null)).containsExactly("Minsk");
  }

  @Test
  void addresseeOfTheSpeechVerbIsTheTargetOfLastResort() {
    assertThat(targets("addressee", "provide", false, "notified")).containsExactly("Syria");
  }

  @Test
  void theAuthorOfWhatIsRejectedIsTheTarget() {
    assertThat(targets("call-by", "rejected", false, null)).containsExactly("Kenya");
  }

  @Test
  void anOutletsNameEndsInACapitalSoADayAfterAStateIsNoOutlet() {
    assertThat(targets("visited-state", "visited", false, null)).containsExactly("Russia");
  }

  @Test
  void theAtPhraseOfAVerbOfAimingIsItsTarget() {
    assertThat(targets("aim-at", "fired", false, null)).containsExactly("Turkish troops");
    assertThat(targets("hit-out-at", "hit", false, null)).containsExactly("Hungary");
  }

  @Test
  void aGroupTheHoldersOwnPronounOwnsIsNoTarget() {
    assertThat(targets("own-troops", "withdraw", false, null)).isEmpty();
  }

  @Test
  void aMeasureLiftedOrEasedIsTowardWhomItWasOn() {
    assertThat(targets("ready-lift-ban", "lift", false, null)).containsExactly("Hezbollah");
    assertThat(targets("eased-sanctions", "eased", false, null)).containsExactly("Iran");
  }

  @Test
  void theVictimOfACondemnedHarmIsNoTargetItsDoerIs() {
    assertThat(targets("harm-victim", "condemned", false, null)).isEmpty();
    assertThat(targets("harm-doer", "denounced", false, null)).containsExactly("Iranian authorities");
    assertThat(targets("harm-possessor", "condemned", false, null)).containsExactly("Russia");
  }

  @Test
  void whatIsInvadedBlockadedOrDestroyedIsNoTargetOfWhoCondemnsIt() {
    assertThat(targets("harm-invaded", "condemned", false, null)).isEmpty();
    assertThat(targets("harm-blockaded", "criticised", false, null)).isEmpty();
    assertThat(Readings.claims("harm-invaded")).containsExactly("Chile OPPOSE -");
    assertThat(Readings.claims("harm-destroyed")).containsExactly("Peru OPPOSE -");
  }

  @Test
  void whomAVerbOfHelpingHelpsIsItsTargetThoughTheParserMakesThemTheHelpedActsSubject() {
    assertThat(targets("help-subject", "ready", false, null)).containsExactly("Iraq");
    assertThat(targets("help-object", "help", false, null)).containsExactly("Iraq");
    assertThat(targets("help-verb", "help", false, null)).containsExactly("Azerbaijan");
  }

  @Test
  void aWithdrawalIsTowardWhomItLeaves() {
    assertThat(targets("withdraw-ambassador", "withdrew", false, null)).containsExactly("Saudi Arabia");
    assertThat(Readings.drafts("withdraw-ambassador")).singleElement()
        .satisfies(d -> assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE));
  }

  @Test
  void aCaptureIsTowardWhomItWasTakenFrom() {
    assertThat(targets("seized-from", "recaptured", false, null)).containsExactly("rebels");
    assertThat(Readings.drafts("seized-from")).singleElement()
        .satisfies(d -> assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE));
  }

  @Test
  void anAdjectiveOfGratitudeIsTowardWhomItIsOwed() {
    assertThat(Readings.drafts("grateful-to")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Mali");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Niger");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void theReasonOfAnApologyIsNoTarget() {
    assertThat(targets("apologised-for", "apologised", false, null)).isEmpty();
  }

  @Test
  void whoeverMakesADemandIsTheTargetOfItsRejectionAGroupToo() {
    assertThat(targets("demands-of", "rejected", false, null)).containsExactly("protesters");
  }

  @Test
  void aNounOfAimingAsTheObjectAimsItsVerb() {
    // "took aim at Peru": the "at" phrase of "took" is whom it aims at, not a place.
    assertThat(Readings.drafts("aim-noun")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
    });
  }

  @Test
  void aPhraseEndingInAPrepositionTakesItsObjectWhereverTheParserHangsIt() {
    // "stand by Peru": the parser reads "by Peru" as an agent-like "obl:by", no target of "stand" alone.
    assertThat(Readings.drafts("stand-by-phrase")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
      assertThat(d.fallbackTarget()).as("found by the phrase, not as the sentence's one other actor").isFalse();
    });
  }

  @Test
  void anEnvoyRecalledLeavesWhomHeWasSentTo() {
    assertThat(Readings.drafts("recall-envoy")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("161");
    });
  }

  @Test
  void anEnvoyRecalledFromAPostIsAnAmbassadorRecalled() {
    assertThat(Readings.drafts("recall-envoy-to")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Algeria");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Spain");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("161");
    });
  }

  @Test
  void theIntoPhraseOfAVerbOfAimingIsItsTarget() {
    assertThat(Readings.drafts("fired-into")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Peru"));
  }

  @Test
  void fireExchangedIsEachSidesTowardTheOther() {
    assertThat(Readings.drafts("exchange-fire")).extracting(d -> d.holder().text() + ">" + d.target().orElseThrow()
        .text() + ":" + d.stance()).containsExactlyInAnyOrder("Chile>Peru:OPPOSE", "Peru>Chile:OPPOSE");
  }

  @Test
  void militaryPositionsInAPlaceAreNotThatPlacesGovernment() {
    // "position" was an agent noun of government ("Iran's position"); "rebel positions in Peru" are no Peruvian
    // officials; they are the rebels' (Strongholds).
    assertThat(Readings.drafts("shelled-positions")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("rebel"));
  }

  @Test
  void aGroupsAdjectiveBeforeWhatIsHitNamesTheGroup() {
    assertThat(Readings.drafts("houthi-positions")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("houthis");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void positionsHeldBySomeoneAreTheirsWhenHit() {
    assertThat(Readings.drafts("held-by")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Boko Haram");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void anAttackCarriedOutBySomeoneIsTheirsWhenCondemned() {
    assertThat(Readings.drafts("harm-done-by")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Pakistan");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("taliban");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aDeedWhoseDoerAParticiplesByPhraseNamesIsTheirsWhenCondemned() {
    for (String id : List.of("massacre-acl", "massacre-dep", "misread-by")) {
      assertThat(Readings.drafts(id)).as(id).singleElement().satisfies(d -> {
        assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
        assertThat(d.target()).isPresent();
        assertThat(d.fallbackTarget()).isFalse();
      });
    }
  }

  @Test
  void aGoBetweenIsNoTargetOfWhatItBrokered() {
    assertThat(Readings.drafts("brokered-by")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void thoseWhoMeetUnderAGoBetweensMediationDoNotUndergoIt() {
    assertThat(targets("mediation-leaders-met", "mediation", true, null)).isEmpty();
    assertThat(Readings.drafts("mediation-leaders-met")).noneMatch(d -> d.holder().text().equals("US"));
  }

  @Test
  void aRejectedOfferIsTowardWhoeverMadeItNotWhomItWouldFree() {
    assertThat(Readings.drafts("kidnappers-offer-rejected"))
        .filteredOn(d -> d.holder().text().equals("Nigerian government")).singleElement().satisfies(d -> {
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
          assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("kidnappers"));
        });
  }

  @Test
  void aDismissedProposalIsTowardTheGroupThatMadeIt() {
    assertThat(Readings.drafts("rebels-proposal-dismissed")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Colombian government");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("rebels"));
    });
  }

  @Test
  void demandsNotMetAreOpposedToTheKidnappersWhoMadeThem() {
    assertThat(Readings.drafts("kidnappers-demands-not-met")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Nigeria");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("kidnappers"));
    });
  }

  @Test
  void rejectingOnesOwnSupportersProposalIsTowardNoOne() {
    assertThat(Readings.drafts("own-supporters-proposal-rejected")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan president");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void rejectedClaimsOfFraudAreTowardNoOne() {
    assertThat(Readings.drafts("kidnappers-claims-of-fraud")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aTrailingVoiceTheParserHungOnTheCuesArgumentIsNoTarget() {
    assertThat(Readings.claims("voice-joined")).containsExactlyInAnyOrder("Chad NEUTRAL Niger", "Niger NEUTRAL Chad");
  }

  @Test
  void targetsBeforeATrailingVoiceStayTargets() {
    assertThat(Readings.claims("voice-after-targets")).containsExactlyInAnyOrder("Egypt OPPOSE Israel",
        "Egypt OPPOSE Iran");
  }

  @Test
  void aClauseBeforeASpeechVerbOfItsOwnIsNoTrailingVoice() {
    assertThat(Readings.claims("voice-own-clause")).contains("Turkey OPPOSE Greece");
  }

  @Test
  void aTrailingVoiceAfterAnAuxiliaryIsNoTarget() {
    assertThat(Readings.claims("voice-have-said")).containsExactlyInAnyOrder("Chad NEUTRAL Niger",
        "Niger NEUTRAL Chad");
  }

  @Test
  void aTrailingVoiceTheParserMadeAConjunctOfTheObjectIsNoTarget() {
    assertThat(Readings.claims("voice-conj-target")).containsExactly("Chad OPPOSE Mali");
  }

  @Test
  void whatAPurposeWithASubjectOfItsOwnDoesIsItsSubjectsAct() {
    assertThat(Readings.claims("cooperate-to-prevent")).containsExactlyInAnyOrder(
        "its security forces SUPPORT -", "Central African authorities OPPOSE remaining fighters");
  }

  @Test
  void aDayTheParserMakesThePurposesSubjectLeavesThePurposeTheHolders() {
    assertThat(Readings.claims("fired-to-disperse-thursday")).contains("Police in Ghana OPPOSE protesters");
  }

  @Test
  void aGroupOfPeopleIsThosePeople() {
    assertThat(Readings.claims("group-of-farmers-target")).containsOnly("Police OPPOSE farmers");
  }
}
