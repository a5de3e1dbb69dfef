package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class StanceCuesTest {

  private static List<StanceCues.Cue> cues(String id) {
    return StanceCues.find(Readings.of(id).graph());
  }

  @Test
  void verbCueTakesItsLexiconStance() {
    assertThat(cues("passive-agent")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("condemned");
      assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(c.nominal()).isFalse();
    });
  }

  @Test
  void nounCueIsNominal() {
    assertThat(cues("possessive-noun")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("support");
      assertThat(c.nominal()).isTrue();
    });
  }

  @Test
  void multiWordPhraseIsOneCue() {
    assertThat(cues("cut-ties")).extracting(StanceCues.Cue::text).contains("cut ties");
  }

  @Test
  void idiomsOfPraiseAndBlameAreCuesTowardTheirPrepositionsObject() {
    assertThat(Readings.drafts("heap-praise")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("heaped praise on");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
    });
    assertThat(Readings.drafts("weight-behind")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
    });
    assertThat(Readings.drafts("feud-with")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
    });
  }

  @Test
  void aPhraseWithAPossessiveIsMatchedOnTheWordTheLemmatizerChanged() {
    // "their" is lemmatized "they": the phrase's "their" matches the word as written.
    assertThat(Readings.drafts("weight-behind-their")).extracting(d -> d.holder().text() + ">" + d.target()
        .orElseThrow().text() + ":" + d.stance()).containsExactlyInAnyOrder("Chile>Bolivia:SUPPORT",
        "Peru>Bolivia:SUPPORT");
  }

  @Test
  void cooperationDeepenedByTwoIsEachOnesTowardTheOther() {
    assertThat(Readings.drafts("deepen-cooperation")).extracting(d -> d.holder().text() + ">" + d.target()
        .orElseThrow().text() + ":" + d.stance()).containsExactlyInAnyOrder("Chile>Peru:SUPPORT", "Peru>Chile:SUPPORT");
  }

  @Test
  void aCuratedPhraseTakesNoEventCodeFromItsVerbAlone() {
    // "took a swipe at" is no seizure (CAMEO "take", 171); a phrase keeps a code only by a matching pattern.
    assertThat(Readings.drafts("swipe-noun")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("took a swipe at");
      assertThat(d.event()).isEmpty();
    });
    assertThat(Readings.drafts("severed-ties")).singleElement()
        .satisfies(d -> assertThat(d.event().orElseThrow().code()).isEqualTo("161"));
  }

  @Test
  void aVerbAnsweringSomeoneElsesStanceNounIsACueOfItsOwn() {
    // "dismissed criticism from Peru": the criticism is Peru's, the dismissal Chile's, toward Peru.
    assertThat(Readings.drafts("dismiss-criticism-from")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("111");
    });
  }

  @Test
  void declinedInvitationIsItsSubjectsRejectionOfTheOneWhoInvited() {
    // "declined Togo's invitation": Ghana rejects Togo; no claim that Togo's invitation is negated.
    assertThat(Readings.drafts("decline-invitation-to-summit")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ghana");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Togo");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.fallbackTarget()).isFalse();
      assertThat(d.event().orElseThrow().code()).isEqualTo("125");
    });
    assertThat(Readings.drafts("decline-offer-of-talks")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void sittingDownWithAndMakingPeaceWithAreTalksTowardTheOtherSide() {
    // stance-phrases.tsv: "would not sit down with France" is the junta's refusal of talks, negated support.
    assertThat(Readings.drafts("sit-down-with-negated")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Malian junta");
      assertThat(d.target().orElseThrow().text()).isEqualTo("France");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
      assertThat(d.fallbackTarget()).isFalse();
    });
    assertThat(Readings.drafts("make-peace-with")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Colombian government");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void aReconciliationIsItsOwnersSupportForTheOtherSide() {
    // stance-nouns.tsv: "Ethiopia's reconciliation with Eritrea".
    assertThat(Readings.drafts("reconciliation-with")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Ethiopia");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Eritrea");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void aStanceNounADemonymOwnsIsSomeoneElsesToo() {
    assertThat(Readings.drafts("dismiss-demonym-criticism")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peruvian");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void adjectivalParticipleReadsAsAdjective() {
    assertThat(cues("committed-to")).filteredOn(c -> c.text().equals("committed")).singleElement()
        .satisfies(c -> assertThat(c.nominal()).isTrue());
  }

  @Test
  void cueTextTakesTheGoverningVerbCloseBeforeIt() {
    assertThat(cues("continue-to-back")).extracting(StanceCues.Cue::text).containsExactly("continue to back");
  }

  @Test
  void cueTextTakesAnAdjectiveModifier() {
    assertThat(cues("light-verb")).extracting(StanceCues.Cue::text).containsExactly("stern warning");
  }

  @Test
  void settingFireToSomethingOpposesWhoeverOwnsIt() {
    assertThat(cues("set-fire")).extracting(StanceCues.Cue::text, StanceCues.Cue::stance)
        .contains(org.assertj.core.groups.Tuple.tuple("set fire", Stance.OPPOSE));
    assertThat(Readings.drafts("set-fire")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("PSEEDU"));
  }

  @Test
  void aVerbKnownOnlyByItsPatternsIsACueWhenOneFollowsIt() {
    assertThat(cues("pattern-cue")).extracting(StanceCues.Cue::text, StanceCues.Cue::stance)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("closed", Stance.OPPOSE));
    assertThat(cues("pattern-no-match")).isEmpty();
  }

  @Test
  void aPhraseThatIsANounPhraseIsANounCueHeadedByItsNoun() {
    assertThat(cues("joint-drills")).filteredOn(c -> c.text().equals("joint naval drills")).singleElement()
        .satisfies(c -> {
          assertThat(c.head().word()).isEqualTo("drills");
          assertThat(c.nominal()).isTrue();
        });
  }

  @Test
  void jointDrillsAreCooperationBetweenThoseWhoHoldThem() {
    assertThat(Readings.drafts("joint-drills")).hasSize(2).allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).isPresent();
    }).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Greece");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Egypt");
    }).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Greece");
    });
    assertThat(Readings.drafts("joint-with")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("joint military exercises");
      assertThat(d.holder().text()).isEqualTo("Thailand");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Cambodia");
    });
  }

  @Test
  void tradedBlameIsOppositionBothWays() {
    assertThat(Readings.drafts("traded-blame")).hasSize(2).allSatisfy(d -> {
      assertThat(d.cue()).isEqualTo("traded blame");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    }).anySatisfy(d -> assertThat(d.holder().text()).isEqualTo("Kosovo"));
  }

  @Test
  void talksWithSomeoneAreANounOfContactByTheirLemma() {
    // The tagger's lemma of "talks" is "talk": a list entry keyed by the plural would never match.
    assertThat(Readings.drafts("talks-with")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Bolivia");
      assertThat(d.cue()).isEqualTo("talks");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.NEUTRAL);
    });
  }

  @Test
  void aMeasureItsOwnHolderLiftsIsNoStanceOfItsOwn() {
    assertThat(Readings.claims("undone-own-sanctions")).containsExactly("Ghana SUPPORT Togo");
  }

  @Test
  void aBanOnAStatesFlightsOpposesThatState() {
    assertThat(Readings.claims("ban-extended")).containsExactly("Peru OPPOSE Chilean");
  }

  @Test
  void aVerbSendingAMessageLendsItsStanceToWhatTheMessageCarries() {
    assertThat(cues("message-of-congratulations-to-body")).extracting(StanceCues.Cue::text)
        .containsExactly("congratulations");
  }

  @Test
  void aRulingAgainstAPartyOpposesIt() {
    assertThat(Readings.claims("ruled-against")).containsExactly("European Court of Human Rights OPPOSE Russia");
  }

  @Test
  void sternRepresentationsLodgedWithAStateAreAProtestToIt() {
    assertThat(Readings.claims("rp-stern")).containsExactly("Beijing OPPOSE Tokyo");
  }

  @Test
  void concernExpressedOverAnActOrConveyedToAStateCensuresIt() {
    assertThat(Readings.claims("cn-over")).containsExactly("Japan OPPOSE China's naval");
    assertThat(Readings.claims("cn-to")).containsExactly("Seoul OPPOSE Beijing");
  }
}
