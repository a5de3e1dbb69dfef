package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class AntecedentsTest {

  @Test
  void weInASpeakersMouthIsTheOrganisationTheSpeakerSpeaksFor() {
    Readings.Reading r = Readings.of("we-support");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).get(r.graph().idx(r.node("said")));
    ActorSpan we = Antecedents.resolve(r.graph(), r.node("We"), f);
    assertThat(we.actor().id()).isEqualTo("RUSGOV");
  }

  @Test
  void theyIsNeverTheOnePersonWhoSpeaks() {
    assertThat(Readings.drafts("she-said-they-fought")).isEmpty();
    assertThat(Readings.claims("boycott-accusing")).contains("opposition parties OPPOSE Awami League");
  }

  @Test
  void theDatelinesAgencyIsNoPossessivesAntecedent() {
    Readings.Reading r = Readings.of("dateline-agency-summit");
    ActorSpan their = Antecedents.resolve(r.graph(), r.node("their"), null);
    assertThat(their == null ? "-" : their.text()).isNotEqualTo("Reuters");
  }

  @Test
  void aNameInAnAsideReadApartIsNoPossessivesAntecedent() {
    // "NATO leaders, who met in Ankara in July, … their next summit": the leaders' summit, not Ankara's.
    assertThat(Readings.claims("aside-venue-their-summit")).noneMatch(c -> c.startsWith("Ankara"));
    Readings.Reading r = Readings.of("aside-venue-their-summit");
    assertThat(r.graph().node(6)).isNull();
  }

  @Test
  void weWithoutASpeakerIsNobody() {
    Readings.Reading r = Readings.of("we-support");
    assertThat(Antecedents.resolve(r.graph(), r.node("We"), null)).isNull();
  }

  @Test
  void expletiveItIsNoActor() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("RUS").orElseThrow(), "Russia"));
    Readings.Reading r = Readings.of("expletive-it", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null)).isNull();
  }

  @Test
  void itRefersToTheSubjectOfTheClauseItHangsOn() {
    Readings.Reading r = Readings.of("addressee");
    ActorSpan it = Antecedents.resolve(r.graph(), r.node("it"), null);
    assertThat(it.actor().id()).isEqualTo("RUS");
    assertThat(it.first()).isEqualTo(r.graph().idx(r.node("it")));
  }

  @Test
  void itWithNoSubjectAroundIsTheLastHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading r = Readings.of("it-condemned", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null).actor().id()).isEqualTo("EGY");
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null).text()).isEqualTo("Egypt");
  }

  @Test
  void possessivePointsBackToTheNearestActorBeforeIt() {
    Readings.Reading r = Readings.of("its-allies");
    ActorSpan its = Antecedents.resolve(r.graph(), r.node("its"), null);
    assertThat(its.actor().id()).isEqualTo("SYRMIL");
  }

  @Test
  void demonymNamesItsState() {
    Readings.Reading r = Readings.of("fallback");
    assertThat(Antecedents.resolve(r.graph(), r.node("Syrian"), null).actor().id()).isEqualTo("SYR");
  }

  @Test
  void unnamedSourceWithoutAffiliationHoldsNothing() {
    Readings.Reading r = Readings.of("unnamed-source");
    assertThat(Antecedents.resolve(r.graph(), r.node("source"), null)).isNull();
  }

  @Test
  void itAfterANounSubjectIsThatNounsOrganisationOrNobody() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading agency = Readings.of("agency-it", null, d);
    assertThat(Antecedents.resolve(agency.graph(), agency.node("it"), null).actor().id()).isEqualTo("IGOUNOREFHCR");
    Readings.Reading company = Readings.of("company-it", null, d);
    assertThat(Antecedents.resolve(company.graph(), company.node("it"), null)).as("not Egypt").isNull();
  }

  @Test
  void firstPersonSingularInAQuoteIsItsSpeaker() {
    assertThat(Readings.drafts("first-singular")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("joe-biden");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("benjamin-netanyahu");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
    assertThat(Readings.drafts("first-singular-outside")).isEmpty();
  }

  @Test
  void itDoesNotStandForAPluralCommonNoun() {
    Readings.Reading r = Readings.of("it-plural");
    assertThat(Antecedents.agrees(r.graph(), r.node("it"), r.node("farmers"))).isFalse();
    assertThat(Antecedents.agrees(r.graph(), r.node("it"), r.node("offer"))).isTrue();
    assertThat(Readings.drafts("it-plural")).noneMatch(d -> d.cue().contains("help"));
    assertThat(Readings.drafts("it-singular")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Iran"));
  }

  @Test
  void heOrHimStandsForOnePersonNotForTheForcesOrAStateBeforeIt() {
    Readings.Reading r = Readings.of("him-not-plural");
    assertThat(Antecedents.agrees(r.graph(), r.node("him"), r.node("police"))).isFalse();
    assertThat(Antecedents.agrees(r.graph(), r.node("him"), r.node("mayor"))).isTrue();
    assertThat(Readings.drafts("him-not-plural")).filteredOn(d -> d.cue().contains("expel")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
    Readings.Reading minister = Readings.of("him-minister");
    assertThat(Antecedents.agrees(minister.graph(), minister.node("he"), minister.node("minister"))).isTrue();
    assertThat(Readings.drafts("him-minister")).filteredOn(d -> d.cue().equals("expel")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("KENGOV"));
  }

  @Test
  void theyStandsForNoOfficeInTheSingular() {
    Readings.Reading r = Readings.of("they-office");
    assertThat(Antecedents.agrees(r.graph(), r.node("they"), r.node("minister"))).isFalse();
    assertThat(Readings.drafts("they-office")).noneMatch(d -> d.cue().equals("hurt"));
    assertThat(Readings.drafts("they-office")).anyMatch(d -> d.cue().equals("welcomed"));
    assertThat(Antecedents.agrees(r.graph(), r.node("they"), r.node("rules"))).isTrue();
  }

  @Test
  void aPronounTheClauseSubjectCannotTakeStandsForNoEarlierHolder() {
    org.crosscheck.spi.Discourse before = new org.crosscheck.spi.Discourse();
    before.noteHolder(org.crosscheck.ActorRef.of(Readings.CATALOG.actor("ARG").orElseThrow(), "Argentina"));
    Readings.Reading r = Readings.of("fallback-saying", null, before);
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).noneMatch(d -> d.cue().equals("hurting"));
    assertThat(r.drafts()).anyMatch(d -> d.cue().equals("criticised"));
  }

  @Test
  void officeOwnedByAPronounIsTheNameInApposition() {
    Readings.Reading r = Readings.of("apposed-office");
    ActorSpan m = Antecedents.resolve(r.graph(), r.node("minister"), null);
    assertThat(m).isNotNull();
    assertThat(m.text()).isEqualTo("Sergey Lavrov");
    assertThat(Readings.drafts("apposed-office")).filteredOn(d -> d.cue().equals("criticised")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Sergey Lavrov");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Poland");
        });
  }

  @Test
  void theBlocIsTheInternationalBodyNamedBeforeIt() {
    Readings.Reading r = Readings.of("bloc-offered");
    ActorSpan m = Antecedents.resolve(r.graph(), r.node("bloc"), null);
    assertThat(m).isNotNull();
    assertThat(m.actor().id()).isEqualTo("european-union");
    assertThat(Readings.drafts("bloc-offered")).filteredOn(d -> d.cue().equals("offered")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Armenia"));
  }

  @Test
  void itDoesNotStandForAPersonWhoHeldLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("sergey-lavrov").orElseThrow(), "Lavrov"));
    Readings.Reading r = Readings.of("it-hurts-quote", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null)).isNull();
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).noneMatch(x -> x.holder().actor().id().equals("sergey-lavrov"));
  }

  @Test
  void itStillStandsForAStateThatHeldLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading r = Readings.of("it-hurts-quote", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null).actor().id()).isEqualTo("EGY");
  }

  @Test
  void theGroupIsTheArmedGroupNamedLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("houthis").orElseThrow(), "The Houthis"));
    Readings.Reading r = Readings.of("group-said", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("group"), null).actor().id()).isEqualTo("houthis");
    Discourse state = new Discourse();
    state.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    assertThat(Antecedents.resolve(Readings.of("group-said", null, state).graph(),
        Readings.of("group-said", null, state).node("group"), null)).as("a state is no group").isNull();
  }

  @Test
  void aGroupNamedBeforeItsNounIsThatGroupNotTheArmedGroupNamedLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("houthis").orElseThrow(), "The Houthis"));
    Readings.Reading r = Readings.of("named-group-not-anaphor", null, d);
    assertThat(Antecedents.body(r.graph(), r.node("group"), true)).isNull();
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).isNotEmpty().noneMatch(x -> x.holder().actor().id().equals("houthis"));
  }

  @Test
  void theGroupsSpokesmanSpeaksForTheGroupNamedBeforeInTheSentence() {
    assertThat(Readings.drafts("group-spokesman-after")).anySatisfy(x -> {
      assertThat(x.holder().text()).isEqualTo("group's spokesman");
      assertThat(x.holder().actor().name()).isEqualTo("Houthis spokesman");
      assertThat(x.holder().actor().memberOf()).extracting(f -> f.actor()).containsExactly("houthis");
      assertThat(x.target().orElseThrow().actor().id()).isEqualTo("GBR");
    });
  }

  @Test
  void theCouncilIsABodyWhoseNameSaysCouncilNotAnyBodyNamedBefore() {
    Readings.Reading eu = Readings.of("council-after-eu");
    assertThat(Antecedents.body(eu.graph(), eu.node("council"), false)).isNull();
    Readings.Reading un = Readings.of("council-after-unsc");
    assertThat(Antecedents.body(un.graph(), un.node("council"), false).actor().id())
        .isEqualTo(un.graph().mentionAt(1).actor().id());
  }

  @Test
  void theAgencyAndTheFundAreTheBodiesWhoseNamesSaySo() {
    // "the agency" was read before "the fund" (TitleReferences); both stand for the body named just before.
    assertThat(Readings.claims(Readings.inOrder(new Discourse(), "nb-agency-sent", "nb-agency")))
        .contains("Tehran OPPOSE International Atomic Energy Agency");
    assertThat(Readings.claims("nb-fund")).contains("Milei SUPPORT fund");
    // "the electoral commission" names no body the European Union is.
    assertThat(Readings.claims("nb-electoral")).doesNotContain("Honduras's opposition OPPOSE European Union");
  }

  @Test
  void theBlocAccusedOfAnActIsTheBodyNamedBeforeTheChargeHungOnItNotWhomItGroups() {
    assertThat(Readings.inOrder(new Discourse(), "ac-eu-sanctions", "ac-bloc"))
        .filteredOn(d -> d.cue().equals("accused"))
        .extracting(d -> d.target().orElseThrow().actor().name()).containsExactly("European Union");
  }

  @Test
  void aGroupOfPeopleIsThosePeopleNotTheGroupNamedLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("houthis").orElseThrow(), "The Houthis"));
    Readings.Reading r = Readings.of("alliance-bloc-control", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("group"), null).actor().id()).isNotEqualTo("houthis");
    assertThat(Antecedents.body(r.graph(), r.node("group"), true)).isNull();
  }

  @Test
  void theyAfterAGroupOfLawmakersStandsForTheLawmakersWhoPardon() {
    Readings.Reading r = Readings.of("group-of-they-pardon");
    ActorSpan they = Antecedents.resolve(r.graph(), r.node("they"), null);
    assertThat(they.actor().id()).isEqualTo("NGALEG");
    assertThat(Readings.drafts("group-of-they-pardon")).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("NGALEG");
      assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("GHA"));
      assertThat(x.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void theyAfterAGroupOfPlacesIsNobodyNotTheLastHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading r = Readings.of("group-of-villages-they", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("they"), null)).isNull();
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).isEmpty();
  }

  @Test
  void aPossessiveInAClauseWhoseSubjectIsAPronounIsThatPronounsReferentNotTheNearestName() {
    assertThat(Readings.claims("possessive-pronoun-subject")).isNotEmpty().containsOnly("Chad SUPPORT France");
  }

  @Test
  void itDeepInAClauseAfterTheMainVerbIsTheSentencesSubjectNotAnEarlierHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading r = Readings.of("it-main-subject", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("it"), null).actor().id()).isEqualTo("KEN");
  }

  @Test
  void theirInAParticipleTheParserHungOnARoadIsTheMainSubjects() {
    assertThat(Readings.claims("their-protests-after-a-participle-on-a-road"))
        .contains("Italian farmers OPPOSE European Union").noneMatch(c -> c.startsWith("Austria"));
  }

  @Test
  void theirInALooseParticipleOfAGroupsClauseIsThoseTheGroupIsMadeOf() {
    assertThat(Readings.claims("their-protests-of-a-group")).contains("Chilean students OPPOSE Education Ministry")
        .noneMatch(c -> c.startsWith("Peru"));
  }

  @Test
  void theirInAParticipleTheParserHungNearATownIsTheMainSubjects() {
    assertThat(Readings.claims("their-protests-near-a-town")).contains("Spanish fishermen OPPOSE European Union")
        .noneMatch(c -> c.startsWith("Cadiz"));
  }

  @Test
  void itNeverStandsForAPersonTheTaggerNamedInTheSentenceBefore() {
    Discourse d = new Discourse();
    Readings.Reading first = Readings.of("it-after-spokesman-before", null, d);
    CandidateFilter.isCandidate(first.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(first.ctx());
    assertThat(first.drafts()).isNotEmpty();
    first.drafts().forEach(x -> d.noteHolder(x.holder().toRef()));
    Readings.Reading r = Readings.in(Conll.get("it-after-spokesman-before").text() + " ", "it-after-spokesman", d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).noneMatch(x -> x.holder().actor().name().equals("Jean Mbala"));
  }

  @Test
  void itNeverStandsForAPluralCommonNounThatHeldAClaim() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "separatist fighters"));
    Readings.Reading r = Readings.of("it-condemned", null, d);
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null)).isNull();
  }

  @Test
  void itStandsForTheSubjectOfTheSentenceBeforeEvenPastAnAdverb() {
    assertThat(itAfter("USA", "it-after-adverb-opener-before", "it-after-adverb-opener")).isNotNull()
        .satisfies(m -> assertThat(m.actor().id()).isEqualTo("CHL"));
  }

  @Test
  void itStandsForNoEarlierHolderAfterASubjectWithAnInsertOfCommas() {
    assertThat(itAfter("KEN", "it-after-insert-with-commas-before", "it-after-insert-with-commas")).isNull();
  }

  /**
   * What "It" in fixture {@code id} stands for, read in one paragraph after fixture {@code before}, once the actor
   * {@code holderId} held a claim earlier in the article.
   */
  private static ActorSpan itAfter(String holderId, String before, String id) {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor(holderId).orElseThrow(), holderId));
    CandidateFilter.isCandidate(Readings.of(before, null, d).ctx(), Readings.LEX);
    Readings.Reading r = Readings.in(Conll.get(before).text() + " ", id, d);
    CandidateFilter.isCandidate(r.ctx(), Readings.LEX);
    return Antecedents.resolve(r.graph(), r.node("It"), null);
  }

  @Test
  void aHeDeepInTheSentenceIsItsNamedSubjectNotTheLastSpeaker() {
    Discourse d = new Discourse();
    d.set(Speakers.LAST_SPEAKER, ActorRef.of(Readings.CATALOG.actor("recep-tayyip-erdogan").orElseThrow(), "Erdogan"));
    assertThat(Readings.drafts("main-subject-he", d)).map(x -> x.holder().text() + " " + x.stance() + " "
        + x.target().map(t -> t.actor().id()).orElse("-")).containsExactly("Yoweri Museveni SUPPORT KEN", "Yoweri Museveni OPPOSE SDN");
  }

  @Test
  void anItIsNeverThePersonTheSentenceNamesNorHisHe() {
    assertThat(Readings.drafts("main-subject-it-no-person")).noneMatch(x -> x.holder().text().equals("Ruto")
        && x.target().filter(t -> t.actor().id().equals("SOM")).isPresent());
  }

  @Test
  void anItAfterAPersonTheCatalogLacksIsNotThatPerson() {
    assertThat(Readings.drafts("it-not-adhoc-person"))
        .noneMatch(x -> x.holder().text().equals("Karim Haddad") && x.cue().contains("legitimise"));
  }

  @Test
  void aPronounAfterAnOfficeWithANameInAppositionIsThatName() {
    Readings.Reading r = Readings.of("office-name-he-conj");
    ActorSpan m = Antecedents.resolve(r.graph(), r.node("he"), null);
    assertThat(m).isNotNull();
    assertThat(m.text()).isEqualTo("Marco Bellini");
    assertThat(Readings.claims("office-name-he-conj")).contains("Marco Bellini OPPOSE Rossi");
  }
}
