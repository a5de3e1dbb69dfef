package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class RecalledDecisionsTest {

  /** The memory after {@code sentences} sentences read, the last decision made by {@code maker} in {@code at}. */
  private static Discourse after(String maker, int at, int sentences) {
    return after(maker, "decide", at, sentences);
  }

  /** The memory after {@code sentences} sentences read, {@code maker}'s act {@code act} told in {@code at}. */
  private static Discourse after(String maker, String act, int at, int sentences) {
    Actor a = Readings.CATALOG.actor(maker).orElseThrow();
    Discourse d = new Discourse();
    d.set(RecalledDecisions.LAST, new RecalledDecisions.Decision(
        ActorRef.of(a, a.names().values().iterator().next().get(0)), act, at, 0));
    d.set(CondemnedDeeds.SENTENCES, sentences);
    return d;
  }

  private static String maker(Discourse d) {
    RecalledDecisions.Decision last = d.get(RecalledDecisions.LAST).orElseThrow();
    return last.maker() == null ? "-" : last.maker().id();
  }

  private static java.util.List<String> claims(Readings.Reading r) {
    new ClaimReader(Readings.LEX).read(r.ctx());
    return Readings.claims(r.drafts());
  }

  @Test
  void aDecisionToldWithItsMakerIsRemembered() {
    Discourse d = new Discourse();
    Readings.drafts("dec-decided", d);
    assertThat(maker(d)).isEqualTo("KENGOV");
  }

  @Test
  void theDecisionCondemnedInTheNextSentenceIsItsMakers() {
    Discourse d = new Discourse();
    Readings.drafts("dec-decided", d);
    assertThat(Readings.claims("dec-condemned", d)).containsExactly("Uganda OPPOSE Kenya's cabinet");
  }

  @Test
  void aVetoCondemnedInTheNextSentenceOpposesTheVetoingState() {
    Discourse d = new Discourse();
    Readings.drafts("vote-vetoed", d);
    assertThat(maker(d)).isEqualTo("CHN");
    assertThat(Readings.claims("vote-veto-condemned", d)).containsExactly("Ukraine OPPOSE China");
  }

  @Test
  void aVetoCondemnedWithNoVetoToldBeforeOpposesNoOne() {
    assertThat(Readings.claims("vote-veto-condemned")).containsExactly("Ukraine OPPOSE -");
  }

  @Test
  void theMoveWelcomedAfterAnAnnouncementIsTheAnnouncers() {
    Discourse d = new Discourse();
    Readings.drafts("dec-announced", d);
    assertThat(Readings.claims("dec-welcomed-move", d)).containsExactly("Nigeria SUPPORT Ghana");
  }

  @Test
  void anAgreementWelcomedRecallsNoSignerButADecisionDoes() {
    // An agreement has two sides: the one who spoke of signing it is no more its maker than the other.
    assertThat(Readings.claims("dec-welcomed-agreement", after("KENGOV", 1, 2))).containsExactly("Chile SUPPORT -");
    assertThat(Readings.claims("dec-welcomed-decision", after("KENGOV", 1, 2))).containsExactly(
        "Chile SUPPORT Kenya government");
  }

  @Test
  void aGenericNounRecallsNoArrestButItsOwnNounDoes() {
    assertThat(Readings.claims("dec-measure-criticism", after("KENGOV", "arrest", 1, 2)))
        .noneMatch(c -> c.contains("Kenya"));
    assertThat(Readings.claims("dec-measure-criticism", after("KENGOV", "suspend", 1, 2)))
        .contains("Council of Europe OPPOSE Kenya government");
  }

  @Test
  void theVoteRecallsAVoteNotSanctionsLiftedBefore() {
    assertThat(Readings.claims("dec-denounced-vote", after("KENGOV", "lift", 1, 2)))
        .containsExactly("Opposition parties OPPOSE -");
    assertThat(Readings.claims("dec-denounced-vote", after("KENGOV", "vote", 1, 2)))
        .containsExactly("Opposition parties OPPOSE Kenya government");
  }

  @Test
  void aDecisionCondemnedAsSomethingIsStillItsMakers() {
    assertThat(Readings.claims("dec-condemned-as", after("KENGOV", 1, 2)))
        .containsExactly("Uganda OPPOSE Kenya government");
  }

  @Test
  void rejectingAnothersWarrantIsAReactionNotADecisionOfOnesOwn() {
    // "The RSF rejected the warrant … Sudan welcomed the decision": the decision is the court's, not the RSF's.
    Discourse d = after("KENGOV", 1, 2);
    Readings.drafts("rejected-the-warrant", d);
    assertThat(maker(d)).isNotEqualTo("adhoc:organisation:rsf");
  }

  @Test
  void aPlanOpposedInARelativeClauseIsItsMakers() {
    assertThat(Readings.claims("dec-relcl", after("EGY", 1, 2))).contains("RSF OPPOSE Egypt");
    assertThat(Readings.claims("dec-relcl", new Discourse())).doesNotContain("RSF OPPOSE Egypt");
  }

  @Test
  void theHoldersOwnDecisionIsNoTarget() {
    assertThat(Readings.claims("dec-own", after("KEN", 1, 2))).containsExactly("Kenya SUPPORT -");
  }

  @Test
  void aDecisionToldLongBeforeIsNotRecalled() {
    assertThat(Readings.claims("dec-condemned", after("KEN", 1, 3))).containsExactly("Uganda OPPOSE -");
    assertThat(Readings.claims("dec-condemned", after("KEN", 1, 2))).containsExactly("Uganda OPPOSE Kenya");
  }

  @Test
  void aReactionKeepsTheDecisionInMind() {
    Discourse d = after("KEN", 1, 2);
    Readings.drafts("dec-condemned", d);
    d.set(CondemnedDeeds.SENTENCES, 4);
    assertThat(Readings.claims("dec-condemned", d)).containsExactly("Uganda OPPOSE Kenya");
  }

  @Test
  void aSentenceNotReadBetweenForgetsTheDecision() {
    assertThat(claims(Readings.in("Petrol prices rose sharply. ", "dec-welcomed-move", after("GHA", 1, 2))))
        .doesNotContain("Nigeria SUPPORT Ghana");
    assertThat(claims(Readings.in(" ", "dec-welcomed-move", after("GHA", 1, 2))))
        .containsExactly("Nigeria SUPPORT Ghana");
  }

  @Test
  void aDecisionWithoutANamedMakerLeavesNoneToRecall() {
    Discourse d = after("KEN", 1, 1);
    Readings.drafts("dec-passive", d);
    assertThat(maker(d)).isEqualTo("-");
    assertThat(Readings.claims("dec-condemned", d)).containsExactly("Uganda OPPOSE -");
  }

  @Test
  void aDecisionDescribedAnewIsNotTheOneRemembered() {
    assertThat(Readings.claims("dec-described-to", after("GHA", 1, 2))).doesNotContain("Uganda OPPOSE Ghana");
    assertThat(Readings.claims("dec-described-demonym", after("GHA", 1, 2))).doesNotContain("Uganda OPPOSE Ghana");
    assertThat(Readings.claims("dec-welcomed-place", after("GHA", 1, 2))).doesNotContain("Nigeria SUPPORT Ghana");
  }

  @Test
  void aPhraseOfTheVerbHungOnTheNounStillRecallsTheDecision() {
    assertThat(Readings.claims("dec-welcomed-statement", after("GHA", 1, 2))).containsExactly("Nigeria SUPPORT Ghana");
  }

  @Test
  void anActAPlanOnlyCallsForIsNoDecision() {
    Discourse d = after("EGY", 1, 1);
    Readings.drafts("dec-calls-for", d);
    assertThat(maker(d)).isEqualTo("EGY");
  }

  @Test
  void approvingThePlanIsAReactionNotANewDecision() {
    Discourse d = after("EGY", 1, 1);
    assertThat(Readings.claims("dec-approved", d)).containsExactly("Hungary SUPPORT Egypt");
    assertThat(maker(d)).isEqualTo("EGY");
  }

  @Test
  void anAnnouncementIsADecisionOfItsOwn() {
    Discourse d = new Discourse();
    Readings.drafts("dec-announced-noun", d);
    assertThat(maker(d)).isEqualTo("GHA");
  }

  @Test
  void aVoteWelcomedAfterARatificationIsTheRatifiers() {
    Discourse d = new Discourse();
    Readings.drafts("dec-ratified", d);
    assertThat(maker(d)).isEqualTo("HUNLEG");
    assertThat(Readings.claims("dec-welcomed-vote", d)).containsExactly("Finland SUPPORT Hungarian parliament");
  }

  @Test
  void tariffsCondemnedAfterTheyWereImposedAreTheImposers() {
    assertThat(Readings.claims("dec-condemned-tariffs", after("USA", "impose", 1, 2))).containsExactly("Canada OPPOSE "
        + Readings.CATALOG.actor("USA").orElseThrow().names().values().iterator().next().get(0));
  }

  @Test
  void anyDecisionIsNoDecisionToldBefore() {
    assertThat(Readings.claims("dec-any", after("KEN", 1, 2))).doesNotContain("Uganda OPPOSE Kenya");
  }

  @Test
  void whatAVerbAsksOfItsObjectIsNoDecisionMade() {
    for (String id : java.util.List.of("dec-urged-of-others", "dec-urged-plain")) {
      Discourse d = new Discourse();
      Readings.drafts(id, d);
      assertThat(d.get(RecalledDecisions.LAST).map(x -> x.maker() == null ? "-" : x.maker().id())).as(id)
          .satisfiesAnyOf(m -> assertThat(m).isEmpty(), m -> assertThat(m).contains("-"));
    }
  }

  /** The maker remembered after reading {@code id}, an earlier decision of the United States in mind. */
  private static String makerAfter(String id) {
    Discourse d = after("USA", 0, 0);
    Readings.drafts(id, d);
    return maker(d);
  }

  @Test
  void anOfferDeclinedIsADecisionOfWhoeverDeclinedIt() {
    assertThat(makerAfter("dec-declined-offer")).startsWith("NER");
  }

  @Test
  void aRefusalAndARejectionAreDecisionsOfWhoeverMadeThem() {
    assertThat(makerAfter("dec-refused-handover")).isEqualTo("HUN");
    assertThat(makerAfter("dec-rejected-plan")).isEqualTo("EGY");
  }

  @Test
  void aDecisionNotYetMadeLeavesNoMakerToRecall() {
    assertThat(makerAfter("dec-not-decided")).isEqualTo("-");
  }

  @Test
  void accusationsRejectedAreNoDecision() {
    assertThat(makerAfter("dec-rejected-charges")).isEqualTo("USA");
    assertThat(makerAfter("dec-rejected-findings")).isEqualTo("USA");
    // Another's measure rejected is a reaction to it, no decision a later "the measures" recalls.
    assertThat(makerAfter("dec-rejected-increases")).isEqualTo("USA");
  }

  @Test
  void dismissingAThingIsNoDecisionButDismissingAnOfficialIs() {
    assertThat(makerAfter("dec-dismissed-pardons")).isEqualTo("USA");
    assertThat(makerAfter("dismissed-governor")).isNotEqualTo("USA");
  }

  @Test
  void aPardonWelcomedAfterItWasGrantedBacksWhoeverGrantedIt() {
    Discourse d = new Discourse();
    Readings.drafts("dec-pardoned", d);
    assertThat(Readings.claims("dec-pardon-welcomed", d)).containsExactly(
        "European Union SUPPORT Zambia's President Hakainde Hichilema");
    // A seizure recalls a seizing, not a pardon: the maker is forgotten rather than praised for another act.
    assertThat(Readings.claims("dec-seizure-praised", d)).noneMatch(c -> c.contains("Hichilema"));
  }

  @Test
  void aDismissalThatDrawsCriticismIsItsMakers() {
    Discourse d = new Discourse();
    Readings.drafts("dismissed-governor", d);
    assertThat(Readings.claims("dec-dismissal-criticised", d))
        .containsExactly("Kenya Bankers Association OPPOSE Kenya's President William Ruto");
  }

  @Test
  void aNounNamingItsActRecallsOnlyThatAct() {
    assertThat(Readings.claims("vote-veto-condemned", after("KEN", "reject", 1, 2)))
        .containsExactly("Ukraine OPPOSE -");
    assertThat(Readings.claims("vote-veto-condemned", after("KEN", "veto", 1, 2)))
        .containsExactly("Ukraine OPPOSE Kenya");
    assertThat(Readings.claims("dec-condemned", after("KEN", "reject", 1, 2))).containsExactly("Uganda OPPOSE Kenya");
  }

  @Test
  void aNounNamingAnotherActForgetsTheMaker() {
    Discourse d = after("KEN", "reject", 1, 2);
    Readings.drafts("vote-veto-condemned", d);
    assertThat(maker(d)).isEqualTo("-");
  }

  /** "welcomed the announcement" after a vote promised recalls no one: an announcement is of an announcing. */
  @Test
  void anAnnouncementRecallsAnAnnouncingNotAVote() {
    assertThat(Readings.claims("dec-welcomed-announcement", after("KENGOV", "vote", 1, 2)))
        .containsExactly("Nigeria SUPPORT -");
    assertThat(Readings.claims("dec-welcomed-announcement", after("KENGOV", "announce", 1, 2)))
        .containsExactly("Nigeria SUPPORT Kenya government");
  }

  /** "declined to give details" keeps something back and decides nothing a later "the decision" could recall. */
  @Test
  void declingToGiveDetailsIsNoDecision() {
    Discourse d = new Discourse();
    Readings.drafts("dec-declined-details", d);
    assertThat(d.get(RecalledDecisions.LAST)).isEmpty();
  }

  @Test
  void aCourtsActIsARulingALaterReactionRecalls() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "body-intro-court", "ruling-welcomed")))
        .containsOnly("Zambia SUPPORT Malawi's Constitutional Court");
  }

  @Test
  void decidingAMatterWithNoDecisionToldIsNoActRecalled() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "decide-future", "plan-rejected"))).isEmpty();
  }

  @Test
  void aCourtFreeingSomeoneIsARulingButNoDecisionAnyMoveRecalls() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "court-freed", "ruling-welcomed")))
        .containsOnly("Zambia SUPPORT Malawi's Constitutional Court");
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "court-freed", "decision-welcomed")))
        .noneMatch(c -> c.endsWith("Malawi's Constitutional Court"));
  }

  @Test
  void reactingWithFuryToARulingOpposesTheCourt() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "court-freed", "reacted-fury-ruling")))
        .containsOnly("Zambia OPPOSE Malawi's Constitutional Court");
  }

  /** {@link #after} with {@code maker}'s act {@code act} told in {@code at} among the decisions made. */
  private static Discourse made(Discourse d, String maker, String act, int at) {
    Actor a = Readings.CATALOG.actor(maker).orElseThrow();
    d.set(RecalledDecisions.MADE, java.util.List.of(new RecalledDecisions.Decision(
        ActorRef.of(a, a.names().values().iterator().next().get(0)), act, at, 0)));
    return d;
  }

  @Test
  void theVerdictCondemnedAmongTheReactionsIsTheSentencersAfterOtherDecisions() {
    Discourse d = made(after("UGA", "arrest", 11, 14), "KEN", "sentence", 1);
    assertThat(Readings.claims("dec-verdict-condemned", d)).containsExactly("Amnesty International OPPOSE Kenya");
  }

  @Test
  void aGenericNounOrAVerdictTooLongAgoRecallsNoEarlierDecision() {
    assertThat(Readings.claims("dec-condemned", made(after("UGA", "arrest", 11, 14), "KEN", "decide", 1)))
        .containsExactly("Uganda OPPOSE -");
    assertThat(Readings.claims("dec-verdict-condemned", made(after("UGA", "arrest", 11, 40), "KEN", "sentence", 1)))
        .containsExactly("Amnesty International OPPOSE -");
    assertThat(Readings.claims("dec-verdict-condemned", made(after("UGA", "arrest", 11, 14), "KEN", "arrest", 1)))
        .containsExactly("Amnesty International OPPOSE -");
  }

  @Test
  void aParticipleDescribingAThingIsNoActOfTheVoice() {
    Discourse d = new Discourse();
    Readings.drafts("dec-participle-imposed", d);
    assertThat(d.get(RecalledDecisions.LAST)).isEmpty();
    assertThat(d.get(RecalledDecisions.MADE)).isEmpty();
  }

  @Test
  void aVoteOneSideCastIsRecalledCloseByButNotAmongTheReactionsLongAfter() {
    Discourse d = new Discourse();
    Readings.drafts("dec-voted-against", d);
    assertThat(maker(d)).isEqualTo("KEN");
    assertThat(d.get(RecalledDecisions.MADE)).isEmpty();
  }

  @Test
  void aLawStruckDownIsARulingAReactionRecallsFarOn() {
    // The appeal court's act told first is not the one recalled: the latest ruling is.
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-second-court", "ruling-struck-down",
        "ruling-filler", "ruling-filler", "ruling-filler", "ruling-welcomed-by-group")))
        .containsOnly("Amnesty International SUPPORT High Court");
  }

  @Test
  void aRulingRecallsTheOneCourtNamedWhenNoActOfItWasTold() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-court-said", "ruling-filler",
        "ruling-welcomed-by-group"))).containsOnly("Amnesty International SUPPORT High Court");
  }

  @Test
  void aRulingRecallsNoCourtWhenTwoWereNamed() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-court-said", "ruling-other-court",
        "ruling-welcomed-by-group"))).noneMatch(c -> c.startsWith("Amnesty"));
  }

  @Test
  void aCourtOnlyTheTaggerNamesCountsAsOneOfTwoCourts() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-tagged-court", "ruling-court-said",
        "ruling-welcomed-by-group"))).noneMatch(c -> c.startsWith("Amnesty"));
  }

  @Test
  void aCourtNamedOnlyAsWhereACaseGoesHasRuledOnNothing() {
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-appeal-venue",
        "ruling-welcomed-by-group"))).noneMatch(c -> c.startsWith("Amnesty"));
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "ruling-tagged-court",
        "ruling-welcomed-by-group"))).containsOnly("Amnesty International SUPPORT Court of Arbitration for Sport");
  }

  @Test
  void aParticipleTheParserMakesTheRootNamesNoMakerOfItsOwn() {
    Discourse d = new Discourse();
    Readings.drafts("ruling-participle-misparsed", d);
    assertThat(d.get(RecalledDecisions.MADE).orElse(java.util.List.of()))
        .noneMatch(m -> m.act().equals("rule"));
  }
}
