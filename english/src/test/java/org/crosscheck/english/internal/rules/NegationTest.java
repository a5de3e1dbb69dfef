package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class NegationTest {

  private static boolean negated(String id, String cue) {
    Readings.Reading r = Readings.of(id);
    return Negation.negated(r.graph(), r.node(cue), null);
  }

  @Test
  void notNegatesTheVerb() {
    assertThat(negated("did-not", "support")).isTrue();
  }

  @Test
  void neitherOnTheSubjectDeniesTheActOfBothConjuncts() {
    assertThat(negated("neither-nor-subject", "condemned")).isTrue();
    assertThat(Readings.claims("neither-nor-subject")).isEmpty();
  }

  @Test
  void notAllOnTheSubjectNegatesTheVerb() {
    assertThat(negated("not-all-subject", "rallied")).isTrue();
  }

  @Test
  void noOnTheSubjectOfWhatShouldBeDoneLeavesTheSpeakerNoStanceTowardTheObject() {
    assertThat(Readings.claims("no-state-should")).isEmpty();
  }

  @Test
  void negatedPlanNounNegatesTheInfinitiveOnce() {
    assertThat(negated("no-plan", "arm")).isTrue();
  }

  @Test
  void verbThatNegatesItsComplementNegates() {
    assertThat(negated("refused", "support")).isTrue();
  }

  @Test
  void plainVerbIsNotNegated() {
    assertThat(negated("will-support", "support")).isFalse();
  }

  @Test
  void negationOfTheSpeechVerbIsNotANegationOfWhatIsReported() {
    Readings.Reading r = Readings.of("not-say");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).get(r.graph().idx(r.node("say")));
    assertThat(Negation.negated(r.graph(), r.node("supports"), f)).isFalse();
  }

  @Test
  void supportASpeakerDeniesOfItselfIsNoStance() {
    Readings.Reading r = Readings.of("denied-support");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).get(r.graph().idx(r.node("denied")));
    assertThat(Negation.denied(r.graph(), f)).isTrue();
    assertThat(Readings.drafts("denied-support")).isEmpty();
  }

  @Test
  void aGerundTheParserHangsOnTheDenialIsTheDeniersOwnDeniedAct() {
    assertThat(Readings.drafts("denied-gerund")).isEmpty();
  }

  @Test
  void aDeniedAttackIsNoSupport() {
    assertThat(Readings.drafts("denied-attack")).isEmpty();
  }

  @Test
  void anotherActorsDeedADenialNamesIsNobodysStance() {
    assertThat(Readings.drafts("denied-other")).isEmpty();
  }

  @Test
  void whatASpeakerSaysIsNoDenial() {
    Readings.Reading r = Readings.of("said-that");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).values().iterator().next();
    assertThat(Negation.denied(r.graph(), f)).isFalse();
  }

  @Test
  void doingNothingToHelpIsNotHelping() {
    assertThat(Readings.drafts("nothing-negates")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Armenia");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void aPartnershipRevokedIsOppositionTowardThePartner() {
    assertThat(negated("negator-revoke", "partnership")).isTrue();
    assertThat(Readings.drafts("negator-revoke")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chad");
      assertThat(d.target().orElseThrow().text()).isEqualTo("France");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void notAbandoningSomeoneIsAPledgeOfSupportNotCondemningThemIsNothing() {
    assertThat(Readings.drafts("pledge-abandon")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Poland");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Moldova");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
      assertThat(d.negated()).isTrue();
    });
    assertThat(Readings.drafts("pledge-condemn")).isEmpty();
  }

  @Test
  void aRareCriticismIsNoClaimEitherWay() {
    Readings.Reading r = Readings.of("rarely-criticised");
    assertThat(Negation.infrequent(r.graph(), r.node("criticised"))).isTrue();
    assertThat(Readings.drafts("rarely-criticised")).isEmpty();
  }

  @Test
  void aRarePraiseIsNoOpposition() {
    assertThat(Readings.drafts("seldom-praises")).isEmpty();
  }

  @Test
  void dutyFailedIsNeglectedEvenWhenTheParserHangsItOnTheAccusation() {
    // The parser makes "protect" the infinitive of "accused": the words still say the mission failed to protect.
    Readings.Reading r = Readings.of("neg-failing-misparsed");
    assertThat(Negation.neglected(r.graph(), r.node("protect"))).isTrue();
    assertThat(Readings.claims("neg-failing-misparsed")).containsExactly("Mali OPPOSE -");
  }

  @Test
  void notGivingUpOnSomeoneIsAPledgeOfSupportAndGivingUpOnThemForsakesThem() {
    assertThat(Readings.claims("pledge-give-up")).containsExactly("Japan SUPPORT Philippines");
    assertThat(Readings.claims("forsake-give-up")).containsExactly("Japan OPPOSE Philippines");
  }

  @Test
  void theClauseOfANounDoesNotNegateWhatItsAppositionSays() {
    assertThat(negated("appos-ally-no-comment", "ally")).isFalse();
    assertThat(Readings.claims("appos-ally-no-comment")).contains("Egypt SUPPORT Khalifa Haftar");
    assertThat(Readings.claims("appos-backer-not-attend")).contains("Qatar SUPPORT Hamas");
  }

  @Test
  void whatIsDeclinedOfAReportIsNotDeniedOfItsContent() {
    assertThat(negated("declined-comment-reports", "supplied")).isFalse();
    assertThat(Readings.claims("declined-comment-reports")).containsExactly("Moscow SUPPORT Sudan's army");
  }

  @Test
  void aNegativeNounStillNegatesItsContent() {
    assertThat(negated("no-evidence-armed", "armed")).isTrue();
  }

  @Test
  void aVisitThatEndsIsOnlyOver() {
    assertThat(negated("concluded-visit", "visit")).isFalse();
    assertThat(Readings.claims("concluded-visit")).containsExactly("Macron NEUTRAL Algeria");
  }

  @Test
  void talksThatEndAreOnlyOver() {
    assertThat(negated("concluded-talks", "talks")).isFalse();
  }

  @Test
  void talksAStateEndsAreStillNegated() {
    assertThat(negated("concluded-ended-talks", "talks")).isTrue();
  }

  @Test
  void supportThatEndsIsStillNegated() {
    assertThat(negated("concluded-support-ended", "support")).isTrue();
  }

  @Test
  void daysOfTalksThatStatesEndAreOnlyOver() {
    assertThat(negated("ended-talks-object", "talks")).isFalse();
    assertThat(Readings.claims("ended-talks-object"))
        .containsExactlyInAnyOrder("Armenia NEUTRAL Azerbaijan", "Azerbaijan NEUTRAL Armenia");
  }

  @Test
  void supportAStateEndsIsNegated() {
    assertThat(negated("ended-support-object", "support")).isTrue();
    assertThat(Readings.claims("ended-support-object")).containsExactly("Kenya OPPOSE rebels");
  }

  @Test
  void aVisitCalledOffIsNegated() {
    assertThat(negated("called-off-visit", "visit")).isTrue();
    assertThat(Readings.claims("called-off-visit")).containsExactly("its president OPPOSE France");
  }

  @Test
  void aVisitCalledASuccessIsNoVisitCalledOff() {
    assertThat(negated("called-visit", "visit")).isFalse();
    assertThat(Readings.claims("called-visit")).containsExactly("Algeria's president NEUTRAL France");
  }

  @Test
  void notTheFirstTimeSaysTheActHappenedAgain() {
    assertThat(Readings.drafts("not-first-time")).isNotEmpty().noneMatch(d -> d.negated());
  }

  @Test
  void aParticipleBeforeItsNounIsNotUndoneByTheClauseAroundIt() {
    assertThat(Readings.drafts("backed-miner-headline")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.negated()).isFalse();
    });
  }

  @Test
  void aVerbThatNegatesItsComplementSaysNothingOfItsClausalSubject() {
    assertThat(Readings.claims("negator-clausal-subject"))
        .containsExactlyInAnyOrder("Sudan SUPPORT Chad", "Chad SUPPORT Sudan");
  }

  @Test
  void stoppingShortOfAnActIsNotDoingIt() {
    assertThat(Readings.drafts("neg-stopped-short"))
        .noneMatch(d -> d.cue().equals("criticising") && d.stance() == org.crosscheck.Stance.OPPOSE && !d.negated());
    assertThat(Readings.drafts("neg-stopped-short-clause"))
        .noneMatch(d -> d.stance() == org.crosscheck.Stance.OPPOSE && !d.negated());
  }

  @Test
  void negatedDoubtOfItsSubjectAffirmsTheStance() {
    assertThat(negated("support-not-in-question", "support")).isFalse();
    assertThat(Readings.claimIds("support-not-in-question")).containsExactly("POL SUPPORT UKR");
  }

  @Test
  void negatedChangeOfItsSubjectAffirmsTheStance() {
    assertThat(negated("support-has-not-changed", "support")).isFalse();
    assertThat(negated("backing-never-wavered", "backing")).isFalse();
  }

  @Test
  void doubtWhoseSubjectIsNotTheCueStillNegatesIt() {
    assertThat(Readings.claimIds("no-question-of-backing")).containsExactly("HUN OPPOSE UKRGOV");
  }

  @Test
  void aGerundReadAsItsObjectsAdjectiveIsNegatedWhereItsObjectDepends() {
    assertThat(negated("no-intention-of-invading", "invading")).isTrue();
    assertThat(Readings.claims("no-intention-of-invading")).isEmpty();
  }

  @Test
  void aNounOfRefusalBeforeTheInfinitiveNegatesItWhereverTheParserHangsIt() {
    assertThat(Readings.claims("refusal-to-align")).contains("Lithuania OPPOSE Serbia", "Serbia OPPOSE EU")
        .doesNotContain("Serbia SUPPORT EU");
  }

  @Test
  void aVerbSetAgainstTheOneChosenIsNotDone() {
    assertThat(negated("rather-than-accepting", "accepting")).isTrue();
    assertThat(Readings.claims("rather-than-accepting")).containsOnly("Chile OPPOSE U.S. troops");
    assertThat(negated("instead-of-supporting", "supporting")).isTrue();
    assertThat(Readings.claims("instead-of-supporting")).contains("Ortiz OPPOSE Ruto").doesNotContain("Ortiz SUPPORT Ruto");
  }

  @Test
  void aGerundInAnAgainstPhraseIsAnActItsHolderOpposes() {
    assertThat(negated("warned-against-trusting", "trusting")).isTrue();
    assertThat(Readings.claims("warned-against-trusting")).noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void aNegationInWhatAParticipleSaysIsNotCancelledByTheRefusalBeforeIt() {
    assertThat(negated("saying-mark-refused", "trust")).isTrue();
    assertThat(Readings.claims("saying-mark-refused")).contains("miners OPPOSE Rossi").noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void anActStillToComeClaimsNeitherTheActNorItsRefusal() {
    assertThat(Readings.drafts("yet-to-agree")).isEmpty();
    assertThat(Readings.drafts("yet-to-recognise")).isEmpty();
    assertThat(Readings.drafts("yet-to-sign-kenya")).isEmpty();
    assertThat(Readings.drafts("yet-to-begin-talks")).isEmpty();
    assertThat(Readings.drafts("yet-to-only-state")).isEmpty();
  }

  @Test
  void anActStillToComeInARelativeClauseOrAYetOfContrastLeavesTheMainClauseAlone() {
    assertThat(Readings.claims("yet-to-relative")).contains("Kenya SUPPORT Somalia");
    assertThat(Readings.claims("yet-conjunction")).contains("Norway SUPPORT Sweden");
  }
}
