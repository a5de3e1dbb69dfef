package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class FallbackTargetTest {

  private static List<ActorSpan> fallback(String id, String cue, boolean nominal) {
    Readings.Reading r = Readings.of(id);
    java.util.Map<edu.stanford.nlp.ling.IndexedWord, org.crosscheck.Stance> cues = new java.util.HashMap<>();
    StanceCues.find(r.graph()).forEach(c -> cues.put(c.head(), c.stance()));
    return FallbackTarget.of(r.graph(), r.node(cue), Holders.of(r.graph(), r.node(cue), nominal, null), List.of(),
        cues);
  }

  @Test
  void theOneOtherActorOfTheSentenceIsTheTarget() {
    assertThat(fallback("fallback", "committed", true)).singleElement()
        .satisfies(t -> assertThat(t.actor().id()).isEqualTo("SYR"));
  }

  @Test
  void whoAPassiveSaysEchoedTheStanceIsNotItsTarget() {
    assertThat(fallback("echoed-criticism", "criticism", true)).isEmpty();
  }

  @Test
  void twoOtherActorsGiveNoTarget() {
    assertThat(fallback("conj-targets", "praised", false)).isEmpty();
  }

  @Test
  void fallbackTargetsAreMarkedOnTheDraft() {
    assertThat(Readings.drafts("fallback-as")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Syria");
      assertThat(d.fallbackTarget()).isTrue();
    });
    assertThat(Readings.drafts("cut-ties")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Qatar");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void anActorInsideTheCuesOwnObjectIsNoFallback() {
    // "did not support the resolution against Iran": not supporting a resolution against Iran is no stance
    // against Iran.
    assertThat(Readings.drafts("did-not")).singleElement().satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aStanceNounInsideAnotherCuesArgumentTakesNoFallbackTarget() {
    assertThat(Readings.drafts("against-occupation"))
        .extracting(d -> d.holder().actor().id() + ">" + d.target().map(t -> t.actor().id()).orElse("-") + " " + d.cue())
        .containsExactly("IRQ>USA marched to protest");
  }

  @Test
  void theSubjectOfAnotherClauseIsNoTarget() {
    assertThat(fallback("fallback-other-subject", "congratulated", false)).isEmpty();
  }

  @Test
  void whatTheObjectWouldDoToAnActorIsNotTheCuesRelation() {
    assertThat(fallback("efforts-to", "supported", false)).isEmpty();
  }

  @Test
  void whatTheObjectWouldDoOnTheSameSideLeadsToItsActor() {
    assertThat(fallback("decision-to-lift", "welcomed", false)).extracting(t -> t.actor().id()).containsExactly("SYR");
  }

  @Test
  void theObjectOfALooselyHungClauseWithItsOwnSubjectIsNoFallback() {
    assertThat(Readings.drafts("dep-fleeing")).isNotEmpty().allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void whoeverAnInvertedAttributionNamesIsNoTargetHoweverTheParserHangsIt() {
    assertThat(Readings.drafts("voice-after-comma")).isNotEmpty()
        .noneMatch(d -> d.target().map(t -> t.text().equals("UN")).orElse(false));
  }

  @Test
  void aClauseOfContrastWithItsOwnSubjectGivesNoTarget() {
    assertThat(fallback("contrast-though", "backed", false)).isEmpty();
    assertThat(fallback("contrast-with-clause", "voted", false)).isEmpty();
    assertThat(fallback("contrast-although", "praised", false)).isEmpty();
    assertThat(fallback("contrast-whereas", "praised", false)).isEmpty();
  }

  @Test
  void theCueOfAContrastedSentenceKeepsNoTargetFromTheOtherClause() {
    assertThat(Readings.drafts("contrast-though")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aWhileClauseIsNoContrastSinceItOftenTellsTheSameStory() {
    assertThat(fallback("while-common-target", "pledged", false)).singleElement()
        .satisfies(t -> assertThat(t.actor().id()).isEqualTo("MLI"));
  }

  @Test
  void theSubjectOfAWhileClauseSetsItselfBesideTheHolderAndIsNoTarget() {
    assertThat(fallback("while-clause", "backed", false)).isEmpty();
    assertThat(Readings.claims("fallback-while-rival")).containsExactly("Chile OPPOSE -");
  }

  @Test
  void aWithPhraseAfterACommaThatAParticipleDescribesIsNoTarget() {
    assertThat(Readings.drafts("contrast-with")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.target().map(t -> t.text())).isEmpty());
  }

  @Test
  void aWithPhraseWithoutACommaKeepsItsTarget() {
    assertThat(Readings.drafts("with-participle-target")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.target()).isPresent();
    });
  }

  @Test
  void aWithAbsoluteThatNamesNoActorGoesOnAboutTheCuesOwnAct() {
    assertThat(Readings.drafts("with-reports")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).startsWith("Peruvian");
    });
  }

  @Test
  void anActorInWhatTheHolderSaysAlongsideIsNoTarget() {
    assertThat(fallback("fallback-saying", "criticised", false)).isEmpty();
    assertThat(fallback("they-office", "welcomed", false)).isEmpty();
    assertThat(Readings.drafts("fallback-saying")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("criticised");
      assertThat(d.target()).isEmpty();
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aSubordinateClauseWithItsOwnSubjectTakesNoTargetFromTheMainClause() {
    assertThat(fallback("fallback-subordinate", "backs", false)).isEmpty();
    assertThat(Readings.drafts("fallback-subordinate")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("UGA");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void agentOfAParticipleModifierIsNoTarget() {
    Readings.Reading r = Readings.of("participle-agent");
    ActorSpan qatar = r.graph().mentionOf(r.node("Qatar"));
    assertThat(ParticipleAgents.agent(r.graph(), qatar)).isTrue();
    assertThat(Readings.drafts("participle-agent")).filteredOn(d -> d.cue().equals("frees")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aGoBetweenTakesNoSideOfThoseItGoesBetween() {
    assertThat(fallback("mediation-no-side", "mediation", true)).isEmpty();
    assertThat(Readings.drafts("mediation-no-side")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void forcesSentSomewhereToActOnAThingTakeNotThePlaceAsTarget() {
    assertThat(Readings.drafts("fallback-sent-purpose")).noneSatisfy(
        d -> assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Niger")));
  }

  @Test
  void theSourceAnAccordingToPhraseCitesIsNoTarget() {
    assertThat(Readings.drafts("according-to-police")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Police");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void theCauseTheDoersNameForTheirDeedIsNoTargetOfIt() {
    assertThat(Readings.claims("attacked-named-cause")).containsExactly("rebels OPPOSE -");
    assertThat(Readings.claims("attacked-called-cause")).contains("rebels OPPOSE -")
        .doesNotContain("rebels OPPOSE Palestinians");
  }

  @Test
  void aNameTheHoldersWordsArePartOfIsNoOtherActor() {
    assertThat(Readings.drafts("holder-name-holds-place")).allSatisfy(d -> assertThat(d.target()).isEmpty());
    assertThat(Readings.drafts("holder-name-holds-place")).isNotEmpty();
  }

  @Test
  void whomTheHolderSpeaksForIsNoOtherActor() {
    assertThat(Readings.claims("principal-before-holder")).containsExactly("Askat Alagozov OPPOSE -");
    assertThat(Readings.claims("principal-after-holder")).containsExactly("Askat Alagozov OPPOSE -");
    // "His Russian counterpart, Tatyana Moskalkova,": the adjective says whose office it is, not whom she rejects.
    assertThat(Readings.claims("appos-counterpart-demonym")).containsExactly("Tatyana Moskalkova OPPOSE -");
  }

  @Test
  void whomASupplyIsTakenAwayFromIsNoTarget() {
    assertThat(Readings.claims("away-from-gas")).noneMatch(c -> c.endsWith("Russia"));
  }

  @Test
  void whoPressesForSanctionsIsNoTargetOfThem() {
    assertThat(Readings.claims("pressed-for-un-sanctions")).isEmpty();
  }

  @Test
  void whoRejectsSanctionsOpposesTheirAuthor() {
    assertThat(Readings.claims("rejected-un-sanctions")).containsExactly("Uganda OPPOSE United Nations");
  }

  @Test
  void whomAnotherStanceNounIsTowardIsNoFallbackTarget() {
    assertThat(Readings.claims("fallback-solidarity-noun")).noneMatch(c -> c.contains("OPPOSE Palestinians"));
  }

  @Test
  void theSpeakerNamedAfterTheQuoteIsNoFallbackTarget() {
    assertThat(Readings.claims("voice-inverted-after-quote")).noneMatch(c -> c.endsWith("Ana Rojas"));
  }

  @Test
  void whoeverHoldsAnotherReactionDrawnByTheSameThingIsNoTargetOfThisOne() {
    assertThat(Readings.claims("ban-drew-two-reactions")).isEmpty();
  }

  @Test
  void aDemonymOnTheNounThatNamesTheHolderIsNoFallbackTarget() {
    assertThat(Readings.claims("fano-faction-headline")).noneMatch(c -> c.endsWith("Ethiopian"));
    assertThat(Readings.drafts("fano-faction-headline"))
        .noneMatch(d -> d.target().filter(t -> t.actor().id().equals("ETH")).isPresent());
  }

  @Test
  void oneSetAgainstTheHolderWithUnlikeIsNoFallbackTarget() {
    assertThat(Readings.drafts("condemned-unlike")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void oneTheHolderLeavesUnnamedWithWithoutIsNoFallbackTarget() {
    assertThat(Readings.drafts("without-naming")).allMatch(d -> d.target().isEmpty());
  }

  /** "under fire from Hamas' armed wing, the Qassam Brigades": the holder's own branch is no target of it. */
  @Test
  void aNameSetBesideTheHoldersOwnBranchIsNoTarget() {
    assertThat(Readings.claims("fallback-holders-own-wing")).noneMatch(c -> c.endsWith("Qassam Brigades"));
  }

  @Test
  void whereAnActComesFromIsNoFallbackTarget() {
    assertThat(Readings.claimIds("stormed-fence-from")).containsExactly("adhoc:group:migrants OPPOSE -");
    assertThat(Readings.claimIds("confiscated-from")).containsExactly("EGYCOP OPPOSE hamas");
  }

  @Test
  void anOfferToMediateTakesNoSideWithEitherParty() {
    assertThat(Readings.claimIds("offered-to-mediate-between")).noneMatch(c -> c.endsWith("lungu"));
  }

  @Test
  void aMutualActThatDidNotHappenTakesNoBystanderAsItsTarget() {
    assertThat(Readings.claims("failed-to-agree-beside")).noneMatch(c -> c.endsWith("Qatar"));
  }

  @Test
  void whatTheSubjectOfAnAsClauseActsOnIsNoFallbackButItsSubjectIs() {
    assertThat(Readings.claims("as-clause-object-owner")).noneMatch(c -> c.startsWith("Police OPPOSE Australia"));
    assertThat(Readings.claims("as-clause-subject")).contains("Police OPPOSE Hamas");
  }

  @Test
  void aStateNamedOnlyByACityWhereTheActHappensIsNoTarget() {
    assertThat(Readings.claims("fronted-area-of-city")).noneMatch(c -> c.contains("Cordoba") || c.contains("Spain"));
    assertThat(Readings.claims("roads-into-city")).noneMatch(c -> c.contains("Cordoba") || c.contains("Spain"));
  }

  @Test
  void theBodyInTheCompoundOfTheHoldersOfficeIsNoTarget() {
    assertThat(Readings.claims("own-body-target")).containsExactly("Mahmoud Ali Youssouf OPPOSE -");
  }
}
