package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class EvaluationsTest {

  @Test
  void aSpeakerJudgesTheSubjectOfAnEvaluativePredicate() {
    assertThat(Readings.drafts("said-disgrace")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Lavrov");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kurti");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("disgrace");
    });
  }

  @Test
  void aSpeakerSayingSomeoneCommittedAtrocitiesJudgesThem() {
    assertThat(Readings.drafts("evaluation-committed")).anySatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("TCD");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("SDN"));
    });
  }

  @Test
  void aNegatedPredicateIsNoJudgement() {
    assertThat(Readings.drafts("said-not-traitor")).isEmpty();
  }

  @Test
  void aNamingVerbJudgesItsObject() {
    assertThat(Readings.drafts("called-liar")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Vucic");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kurti");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void polarityAloneIsNoStance() {
    assertThat(Readings.drafts("at-meeting")).isEmpty();
    assertThat(Readings.LEX.polarity("liar", false)).contains(Stance.OPPOSE);
  }

  @Test
  void aModifierOfTheOppositePolarityTurnsTheWord() {
    assertThat(Readings.drafts("haven-for")).isEmpty();
  }

  @Test
  void aPlainNounIsJudgedByItsAdjective() {
    assertThat(Readings.drafts("called-terrorists")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("prime-minister-of-israel");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("hamas");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("terrorist group");
    });
  }

  private static String judgement(String id) {
    return Readings.drafts(id).stream().map(d -> d.holder().text() + " " + d.stance() + " "
        + d.target().map(t -> t.text()).orElse("-")).collect(java.util.stream.Collectors.joining("; "));
  }

  @Test
  void aSpeakerWhoSaysSomeoneLiesOpposesThem() {
    assertThat(judgement("conduct-lie")).isEqualTo("Iran OPPOSE Americans");
    assertThat(judgement("conduct-not-lie")).isEmpty();
  }

  @Test
  void aSpeakerWhoSaysSomeoneFailedOthersOpposesThemButNotWhenTheyFailedToDoSomething() {
    assertThat(judgement("conduct-fail")).isEqualTo("Egypt OPPOSE Hamas");
    assertThat(judgement("conduct-fail-to")).isEmpty();
  }

  @Test
  void aSpeakerWhoPraisesSomeonesDeedSupportsThem() {
    assertThat(judgement("conduct-deed")).isEqualTo("Germany SUPPORT Macron");
  }

  @Test
  void sayingSomeoneDidNothingImproperBlamesNoOne() {
    assertThat(Readings.claims("eval-nothing")).noneMatch(c -> c.contains("OPPOSE"));
  }

  @Test
  void conductTheSentenceItselfNarratesIsNoJudgement() {
    assertThat(judgement("conduct-narrated")).isEmpty();
  }

  @Test
  void aSpeakerWhoSaysSomeonesActsAmountToACrimeOpposesThem() {
    assertThat(judgement("amount-genocide")).isEqualTo("Turkey OPPOSE Israel");
    assertThat(judgement("amount-negated")).isEmpty();
  }

  @Test
  void aPlainNounIsJudgedByTheNounBeforeIt() {
    assertThat(judgement("called-pariah")).isEqualTo("Ghana OPPOSE Togo");
  }

  @Test
  void aSpeakerWhoSaysSomeoneIsAFriendSupportsThem() {
    assertThat(judgement("friend-predicate")).isEqualTo("Peru SUPPORT Chile");
  }

  @Test
  void aPronounInWhatIsSaidOfSomeoneStandsForThem() {
    assertThat(Readings.drafts("said-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void wordsOfAbuseTheSubjectivityLexiconLacksJudge() {
    assertThat(Readings.drafts("described-killer")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void aNamingVerbReadAsTakingTwoObjectsJudgesTheFirst() {
    assertThat(Readings.drafts("designated-double-object")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Hamas");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void anEnemyDeclaredIsJudged() {
    assertThat(Readings.drafts("declared-enemy")).anySatisfy(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Hamas");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void aNamingVerbJudgesAPluralTheParserMadeACompoundOfThePredicate() {
    assertThat(Readings.drafts("named-plural-compound")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ruto");
      assertThat(d.target().orElseThrow().text()).isEqualTo("protesters");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aSingularCompoundIsPartOfTheNounNotTheOneJudged() {
    Readings.Reading r = Readings.of("named-singular-compound");
    assertThat(Evaluations.misreadJudged(r.graph(), r.node("criminals"))).isNull();
    Readings.Reading plural = Readings.of("named-plural-compound");
    assertThat(Evaluations.misreadJudged(plural.graph(), plural.node("criminals")).word()).isEqualTo("protesters");
    assertThat(Readings.drafts("named-singular-compound")).isEmpty();
  }

  @Test
  void aNamingVerbJudgesTheSubjectOfAVerblessClause() {
    assertThat(Readings.drafts("named-small-clause")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Duterte");
      assertThat(d.target().orElseThrow().text()).isEqualTo("rebels");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aSpeakerWhoSaysSomeoneFailedToDoWhatTheyOweOpposesThem() {
    assertThat(judgement("failed-duty-protect")).contains("Human Rights Watch OPPOSE Turkish police");
  }

  @Test
  void aSpeakerWhoSaysSomeoneFailedToAchieveSomethingMakesNoJudgement() {
    assertThat(judgement("failed-achieve-qualify")).isEmpty();
  }

  @Test
  void aSpeakerAfterTheFailureTheyReportOpposesTheOneFailing() {
    assertThat(judgement("failing-shelter-amnesty-said")).contains("Amnesty International OPPOSE Croatian police");
  }

  @Test
  void aSpeakerSayingSomeoneViolatedATruceJudgesThem() {
    assertThat(Readings.claims("conduct-violated")).containsExactly("Lavrov OPPOSE Kyiv");
  }

  @Test
  void aViolationDeniedOrDoneByAThingIsNoJudgementOfAnyone() {
    assertThat(Readings.drafts("conduct-not-violated")).isEmpty();
    assertThat(Readings.drafts("conduct-deal-violates")).isEmpty();
  }

  @Test
  void aSpeakerJudgesTheDoerOfConductItsAdjectiveJudges() {
    assertThat(Readings.claims("owned-reckless")).containsExactly("Lavrov OPPOSE Kyiv");
    assertThat(Readings.claims("owned-courageous")).contains("Lavrov SUPPORT Kurti");
  }

  @Test
  void anAdjectiveOnWhatBefellAnActorJudgesNoOne() {
    assertThat(Readings.drafts("owned-tragic")).isEmpty();
  }

  @Test
  void raidsSaidToBeAgainstTerroristsAreNoJudgementOfWhoRaided() {
    Discourse d = new Discourse();
    Readings.drafts("aim-jets-struck", d);
    assertThat(Readings.claims("aim-raids-against", d)).noneMatch(c -> c.contains("OPPOSE Russian"));
  }

  @Test
  void raidsSaidToBeACrimeStillJudgeWhoRaided() {
    Discourse d = new Discourse();
    Readings.drafts("aim-jets-struck", d);
    assertThat(Readings.claims("aim-raids-crime", d)).containsExactly("Damascus OPPOSE Russian jets");
  }

  @Test
  void aFeelingToldOfSomeoneIsNoJudgementOfThem() {
    assertThat(Readings.claims("feeling-afraid")).isEmpty();
    assertThat(Readings.claims("feeling-grateful")).isEmpty();
  }

  @Test
  void aDeedDescribedAsAStanceTowardAnotherIsNoJudgementOfItsDoer() {
    assertThat(Readings.claimIds("warning-described")).doesNotContain("CHN OPPOSE JPN");
  }

  @Test
  void aMilitantsWordOfAbuseOpposesThoseItNames() {
    assertThat(Readings.claimIds("crusader-called")).contains("al-shabaab OPPOSE KENMIL")
        .doesNotContain("al-shabaab SUPPORT KENMIL");
  }

  @Test
  void aWordOfAStateOfAffairsTakenOutOfTheLexiconJudgesNoOne() {
    assertThat(Readings.claims("irreversible-exit")).isEmpty();
  }

  @Test
  void aReadinessToldOfSomeoneIsNoJudgementOfThem() {
    assertThat(Readings.claims("said-willing")).noneMatch(c -> c.startsWith("Lavrov"));
  }

  @Test
  void aTieOfTheSubjectsOwnIsNoJudgementOfIt() {
    assertThat(Readings.claims("friends-to-all")).noneMatch(c -> c.endsWith("SUPPORT Fiji"));
  }

  @Test
  void aMotiveImputedToSomeonesDeedIsACharge() {
    assertThat(Readings.drafts("said-politically-motivated")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ukraine");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(Readings.drafts("called-politically-motivated"))
        .noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void aProxyIsNoPraiseWhateverItsAdjective() {
    assertThat(Readings.drafts("said-convenient-proxy")).noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void aStepCalledOverdueIsBackedNotBlamed() {
    assertThat(Readings.claims("called-step-overdue")).containsExactly("Amnesty International SUPPORT Kenyan");
  }
}
