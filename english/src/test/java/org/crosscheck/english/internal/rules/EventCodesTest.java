package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class EventCodesTest {

  private static final EventCodes CODES = Readings.LEX.events;

  private static List<String[]> words(String... w) {
    return java.util.Arrays.stream(w).map(x -> new String[] {x, x}).toList();
  }

  @Test
  void languageSoughtIsNoStanceTowardThoseWhoResistIt() {
    assertThat(Readings.claims("sought-language")).isEmpty();
  }

  @Test
  void aDebtStruggledWithOrInvestmentBenefitedFromIsNoStance() {
    assertThat(Readings.claims("struggled-with-repayments")).isEmpty();
    assertThat(Readings.claims("benefited-from-investment")).isEmpty();
    assertThat(Readings.claims("grappled-with-competition")).isEmpty();
  }

  @Test
  void goodsTradedAreNoStanceButFireAndAccusationsTradedAre() {
    assertThat(Readings.drafts("trade-volume")).isEmpty();
    assertThat(Readings.claims("trade-fire")).containsExactlyInAnyOrder("Kenya OPPOSE Tanzania",
        "Tanzania OPPOSE Kenya");
    assertThat(Readings.claims("trade-accusations")).containsExactlyInAnyOrder("Greece OPPOSE Turkey",
        "Turkey OPPOSE Greece");
  }

  @Test
  void goodsExportedToOrImportedFromAStateAreNoSupportOfIt() {
    assertThat(Readings.drafts("export-electricity-to")).isEmpty();
    assertThat(Readings.drafts("import-fuel-from")).isEmpty();
  }

  @Test
  void complyingWithAStatesLawIsNoSupportOfThatState() {
    assertThat(Readings.drafts("complied-state-law")).isEmpty();
  }

  @Test
  void complyingWithAStatesDemandsStillYieldsToIt() {
    assertThat(Readings.drafts("complied-state-demands")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Serbia");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void securityCooperationSteppedUpIsMilitaryCooperationThoughSecurityAloneIsAShowOfForce() {
    assertThat(CODES.of("step", words("up", "security", "cooperation")).orElseThrow().code()).isEqualTo("062");
    assertThat(CODES.of("step", words("up", "security", "cooperation")).orElseThrow().stance())
        .isEqualTo(Stance.SUPPORT);
    assertThat(CODES.of("increase", words("military", "ties")).orElseThrow().code()).isEqualTo("062");
    assertThat(CODES.of("boost", words("security", "partnership")).orElseThrow().code()).isEqualTo("062");
    assertThat(CODES.of("step", words("up", "security", "around")).orElseThrow().code()).isEqualTo("150");
  }

  @Test
  void aFineImposedOpposesWhomItIsImposedOn() {
    // "fine" is a penalty as a verb ("fined Google"); an adjective "fine" is no verb, so no exclusion is needed.
    assertThat(Readings.drafts("fine-regulator")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Google");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("172");
    });
  }

  @Test
  void aVerbHasItsDefaultCodeNameAndStance() {
    EventCodes.Event e = CODES.of("condemn", List.of()).orElseThrow();
    assertThat(e.code()).isEqualTo("111");
    assertThat(e.label()).isEqualTo("Criticize or denounce");
    assertThat(e.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void thePatternAfterTheVerbRefinesTheCode() {
    assertThat(CODES.of("accuse", words("iran", "of", "terrorism")).orElseThrow().code()).isEqualTo("1124");
    assertThat(CODES.of("agree", words("to", "sanctions")).orElseThrow().stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void statementsAndAppealsTakeNoSide() {
    assertThat(CODES.of("announce", List.of()).orElseThrow().stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(CODES.event("018").stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void aChangeOfLeadershipAccededToTakesNoSideThoughOtherConcessionsSupport() {
    EventCodes.Event resignation = CODES.of("submit", words("the", "resignation")).orElseThrow();
    assertThat(resignation.code()).isEqualTo("0831");
    assertThat(resignation.stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(CODES.of("step", words("down")).orElseThrow().stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(CODES.event("0833").stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void excludedVerbsNameAnEventButMakeNoClaim() {
    assertThat(CODES.cue("condemn")).isTrue();
    assertThat(CODES.cue("issue")).isFalse();
    assertThat(CODES.of("issue", List.of())).isPresent();
    assertThat(CODES.cue("notaverb")).isFalse();
  }

  @Test
  void anExcludedOrPatternOnlyVerbIsACueOnlyThroughAMatchingPattern() {
    assertThat(CODES.patternCue("slam")).isTrue();
    assertThat(CODES.patternCue("give")).isTrue();
    assertThat(CODES.patternCue("condemn")).isFalse();
    assertThat(CODES.cueEvent("give", words("ukraine", "military", "aid"))).map(EventCodes.Event::stance)
        .contains(Stance.SUPPORT);
    assertThat(CODES.cueEvent("give", words("a", "speech"))).isEmpty();
    assertThat(CODES.cueEvent("close", words("its", "border", "with"))).map(EventCodes.Event::stance)
        .contains(Stance.OPPOSE);
    assertThat(CODES.cueEvent("condemn", List.of())).isPresent();
  }

  @Test
  void theProjectsOwnPatternsMakeADismissalOfAProposalARejection() {
    assertThat(CODES.cueEvent("dismiss", words("russia", "'s", "call", "to"))).map(EventCodes.Event::stance)
        .contains(Stance.OPPOSE);
    assertThat(CODES.cueEvent("turn", words("down", "the", "offer"))).map(EventCodes.Event::code).contains("120");
    assertThat(CODES.cueEvent("turn", words("to", "the", "west"))).isEmpty();
    assertThat(Readings.drafts("dismiss-call")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(Readings.drafts("dismiss-case")).isEmpty();
  }

  @Test
  void dismissingWhatSomeoneSaidRejectsItsAuthor() {
    assertThat(CODES.cueEvent("dismiss", words("togo", "'s", "claims"))).map(EventCodes.Event::code).contains("120");
    assertThat(Readings.drafts("dismiss-objections")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ghana");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Togo");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(Readings.drafts("dismiss-accusations-as")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Peru");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Chile");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void theProjectsOwnPatternsMakeSeveringTiesAndSummoningAnEnvoyOpposition() {
    assertThat(CODES.cueEvent("sever", words("diplomatic", "ties"))).map(EventCodes.Event::code).contains("161");
    assertThat(CODES.cueEvent("summon", words("the", "french", "ambassador"))).map(EventCodes.Event::code)
        .contains("114");
    assertThat(CODES.cueEvent("summon", words("the", "minister", "to", "testify"))).map(EventCodes.Event::stance)
        .isNotEqualTo(java.util.Optional.of(Stance.OPPOSE));
    assertThat(Readings.drafts("severed-ties")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("161");
    });
    assertThat(Readings.drafts("summoned-envoy")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russian ambassador");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void demandsMetAreYieldedToAndRefusingToMeetThemOpposesWhoeverMadeThem() {
    assertThat(CODES.cueEvent("meet", words("the", "strikers", "'", "demands"))).map(EventCodes.Event::code)
        .contains("080");
    assertThat(Readings.drafts("meet-demands")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
      assertThat(d.event().orElseThrow().code()).isEqualTo("080");
    });
  }

  @Test
  void anEventTheSubjectUndergoesIsNoCue() {
    assertThat(CODES.cueEvent("go", words("on", "trial"))).isEmpty();
    assertThat(CODES.cueEvent("stand", words("trial"))).isEmpty();
    assertThat(CODES.cueEvent("accuse", words("kenya", "of", "fraud"))).isPresent();
  }

  @Test
  void whoGoesOnTrialOrStandsTrialHoldsNoStance() {
    assertThat(Readings.drafts("went-on-trial")).isEmpty();
    assertThat(Readings.drafts("stood-trial")).isEmpty();
  }

  @Test
  void aDemonstrationAgainstSomeoneIsAProtestNotADisplay() {
    assertThat(Readings.drafts("demonstrated-against")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Students");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kenyan government");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("141");
    });
    assertThat(Readings.drafts("demonstrated-skill")).isEmpty();
  }

  @Test
  void interveningNamesNoSideByItself() {
    assertThat(CODES.cue("intervene")).isFalse();
    assertThat(CODES.cueEvent("intervene", words("in", "conflict"))).isPresent();
    assertThat(Readings.drafts("ready-to-intervene")).isEmpty();
  }

  @Test
  void fireTradedIsFightingNotTrade() {
    assertThat(CODES.cueEvent("trade", words("fire", "along"))).map(EventCodes.Event::code).contains("193");
    assertThat(CODES.cueEvent("trade", words("barbs"))).map(EventCodes.Event::stance).contains(Stance.OPPOSE);
    assertThat(Readings.claims("traded-fire")).containsExactlyInAnyOrder("Mali OPPOSE Niger", "Niger OPPOSE Mali");
    assertThat(Readings.claims("traded-goods")).doesNotContain("Mali OPPOSE Niger", "Niger OPPOSE Mali");
  }

  @Test
  void aCoordinatedObjectDoesNotHideThePatternsLastWord() {
    assertThat(CODES.of("exchange", words("mortar", "and", "heavy", "machine-gun", "fire")))
        .map(EventCodes.Event::code).contains("193");
    assertThat(CODES.of("exchange", words("mortar", "heavy", "machine-gun", "rifle", "fire")))
        .map(EventCodes.Event::code).contains("060");
  }

  @Test
  void tearGasOrForceUsedAgainstPeopleOpposesThem() {
    assertThat(Readings.claims("used-tear-gas")).containsExactly("Peruvian police OPPOSE protesters");
    assertThat(Readings.claims("used-force")).containsExactly("Chile's army OPPOSE strikers");
  }

  @Test
  void dyingInFightingIsUndergoneNotFought() {
    assertThat(CODES.cueEvent("die", words("in", "fighting"))).isEmpty();
    assertThat(Readings.claims("soldiers-dying-fight")).isEmpty();
  }

  @Test
  void stayingOutOfAWarTakesNoSide() {
    assertThat(Readings.claims("stayed-out-relative")).isEmpty();
  }
}
