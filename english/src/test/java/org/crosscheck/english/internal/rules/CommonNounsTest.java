package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class CommonNounsTest {

  private static ActorSpan at(String id, String word) {
    Readings.Reading r = Readings.of(id);
    return CommonNouns.at(r.graph(), r.node(word));
  }

  @Test
  void aDemonymAndAnAgentNounMakeTheStatesSector() {
    ActorSpan youths = at("youths", "youths");
    assertThat(youths.actor().id()).isEqualTo("PSECVL");
    assertThat(youths.text()).isEqualTo("Palestinian youths");
    assertThat(at("iraqi-police", "police")).as("a catalog mention is no common noun").isNull();
  }

  @Test
  void menOfANationalityAreItsCiviliansNotTheState() {
    assertThat(at("deported-demonym-men", "men").actor().id()).isEqualTo("SYRCVL");
    assertThat(Readings.claims("deported-demonym-men")).containsExactly("Germany OPPOSE Syrian men");
  }

  @Test
  void aGroupThatMayActAloneIsAnAdHocGroup() {
    ActorSpan protesters = at("protesters", "Protesters");
    assertThat(protesters.actor().isAdHoc()).isTrue();
    assertThat(protesters.actor().kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void membersOfAnOrganisationBelongToIt() {
    ActorSpan members = at("members-of", "Members");
    assertThat(members.actor().memberOf()).extracting(f -> f.actor()).containsExactly("hamas");
    assertThat(members.text()).isEqualTo("Members of Hamas");
  }

  @Test
  void fightersFromAnOrganisationsNamedMilitiaBelongToIt() {
    ActorSpan fighters = at("fighters-from-militia", "Fighters");
    assertThat(fighters.actor().memberOf()).extracting(f -> f.actor()).containsExactly("hamas");
    assertThat(fighters.text()).isEqualTo("Fighters from the Hamas militia");
  }

  @Test
  void criminalsOfANationalityAreAGroupNotTheirState() {
    assertThat(Readings.claimIds("accused-demonym-syndicates"))
        .containsExactly("IDNGOV OPPOSE adhoc:group:vietnamese-syndicates");
    assertThat(Readings.claimIds("blamed-demonym-hackers"))
        .containsExactly("KOR OPPOSE adhoc:group:north-korean-hackers");
  }

  @Test
  void universitiesClosedByForcesAreBuildingsAndNoTarget() {
    assertThat(at("closed-universities", "universities")).isNull();
    assertThat(Readings.drafts("closed-universities")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void studentsDetainedOutsideUniversitiesStayTheTarget() {
    assertThat(Readings.drafts("students-outside-universities")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Police");
      assertThat(d.target().orElseThrow().text()).isEqualTo("students");
    });
  }

  @Test
  void aNamedUniversityStillHoldsAStance() {
    assertThat(Readings.drafts("named-university")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("University of Nairobi");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("police");
    });
  }

  @Test
  void rebelLeadersInAStateAreItsRebelsNotItsGovernment() {
    ActorSpan leaders = at("rebel-leaders-in", "leaders");
    assertThat(leaders.actor().id()).isEqualTo("LBYREB");
    assertThat(leaders.text()).isEqualTo("Rebel leaders in western Libya");
  }

  @Test
  void aModifierTheDictionaryDoesNotListLeavesLeadersTheGovernment() {
    assertThat(at("senior-leaders-in", "leaders").actor().id()).isEqualTo("LBYGOV");
  }

  @Test
  void anAdjectiveBeforeTheNounMakesNoAgentPhrase() {
    assertThat(at("given-military-intelligence", "intelligence")).isNull();
    assertThat(Readings.drafts("given-military-intelligence"))
        .noneSatisfy(d -> assertThat(d.target().map(ActorSpan::text)).contains("intelligence"));
  }

  @Test
  void officialsWithoutAffiliationAreNobody() {
    assertThat(at("officials-alone", "Officials")).isNull();
  }

  @Test
  void aWordThatIsNoGroupIsNobody() {
    assertThat(at("condemned-attack", "attack")).isNull();
  }

  @Test
  void aGroupHoldsAndIsTheTargetOfClaims() {
    assertThat(Readings.drafts("members-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().memberOf()).isNotEmpty();
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ISRMIL");
    });
    assertThat(Readings.drafts("in-place")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("civilians"));
  }

  @Test
  void conjoinedDemonymsMakeOneActorPerState() {
    Readings.Reading r = Readings.of("conjoined-demonyms");
    assertThat(CommonNouns.all(r.graph(), r.node("sides"))).extracting(a -> a.actor().id())
        .containsExactlyInAnyOrder("SRBGOV", "HRVGOV");
    assertThat(Readings.drafts("conjoined-demonyms")).as("no target-less claim for the cue 'agreed' governs")
        .extracting(d -> d.holder().actor().id() + ">" + d.target().map(t -> t.actor().id()).orElse("-"))
        .containsExactlyInAnyOrder("SRBGOV>HRVGOV", "HRVGOV>SRBGOV");
  }

  @Test
  void aGroupNamedAfterAnOrganisationBelongsToIt() {
    ActorSpan court = at("un-court", "court");
    assertThat(court.actor().memberOf()).extracting(f -> f.actor()).containsExactly("IGOUNO");
    assertThat(court.text()).isEqualTo("U.N. military court");
  }

  @Test
  void aStatesWeaponsActForItsForces() {
    assertThat(at("instrument-holder", "drones").actor().id()).isEqualTo("TURMIL");
  }

  @Test
  void aGroupNamedBySeveralWordsIsListedAsAPhrase() {
    ActorSpan group = at("rights-group", "group");
    assertThat(group.actor().isAdHoc()).isTrue();
    assertThat(group.text()).isEqualTo("human rights group");
    assertThat(Readings.drafts("rights-group")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("EGY"));
  }

  @Test
  void aPluralNounBeforeTheGroupIsNoPartOfItsName() {
    assertThat(at("plural-compound", "students").text()).isEqualTo("students");
  }

  @Test
  void peopleCountedAsACrowdActButPeopleUncountedDoNot() {
    assertThat(Readings.drafts("crowd-people")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("people");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
    assertThat(Readings.drafts("people-uncounted")).isEmpty();
  }

  @Test
  void aCountedCrowdOfVictimsIsNoTarget() {
    assertThat(Readings.drafts("crowd-victims")).noneMatch(d -> d.target().isPresent());
  }

  @Test
  void minersWithADemonymAreTheirStatesLabour() {
    ActorSpan miners = at("miners-marched", "miners");
    assertThat(miners.actor().id()).isEqualTo("BOLLAB");
    assertThat(miners.text()).isEqualTo("Bolivian miners");
    assertThat(Readings.drafts("miners-marched")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Bolivian miners");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void aRallyAgainstSomeoneIsAProtest() {
    assertThat(Readings.drafts("rallied-against")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Tunisian president");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.event().orElseThrow().code()).isEqualTo("141");
    });
  }

  @Test
  void aGroupInAPlaceOfAStateIsTheStates() {
    ActorSpan students = at("students-in", "Students");
    assertThat(students.actor().id()).isEqualTo("GHAEDU");
    assertThat(students.text()).isEqualTo("Students in Accra");
  }

  @Test
  void troopsInACountryAreNotItsOwn() {
    ActorSpan troops = at("troops-in", "Troops");
    assertThat(troops.actor().id()).isNotEqualTo("MLIMIL");
    assertThat(troops.text()).isEqualTo("Troops");
  }

  @Test
  void aVillageIsAPlaceNotAnActor() {
    assertThat(at("place-villages", "villages")).isNull();
    assertThat(Readings.drafts("place-villages")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Government troops");
      assertThat(d.target()).isEmpty();
    });
    assertThat(at("place-villagers", "villagers")).isNotNull();
  }

  @Test
  void aFarmUnionIsAGroupOfItsOwn() {
    assertThat(Readings.drafts("group-farm-union")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("farm union");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("MARGOV"));
    });
  }

  @Test
  void membersOfAnOrganisationTheCatalogLacksAreItAsATarget() {
    assertThat(Readings.drafts("members-banned-front")).singleElement().satisfies(d -> {
      assertThat(d.target()).hasValueSatisfying(t -> {
        assertThat(t.text()).isEqualTo("Baloch Students Organisation");
        assertThat(t.actor().isAdHoc()).isTrue();
        assertThat(t.actor().name()).isEqualTo("Baloch Students Organisation");
      });
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void membersOfACataloguedOrganisationAreItAsATarget() {
    assertThat(Readings.drafts("members-ogaden")).singleElement().satisfies(d ->
        assertThat(d.target()).hasValueSatisfying(t -> {
          assertThat(t.actor().id()).isEqualTo("ogaden-national-liberation-front");
          assertThat(t.text()).isEqualTo("Ogaden National Liberation Front");
        }));
  }

  @Test
  void membersOfAStatesBodyStayAGroupOfIt() {
    assertThat(Readings.drafts("members-of-parliament")).singleElement().satisfies(d ->
        assertThat(d.target()).hasValueSatisfying(t ->
            assertThat(t.text()).isEqualTo("members of the Kenyan parliament")));
  }

  @Test
  void aWebsiteDefacedIsWhoseItIs() {
    assertThat(Readings.drafts("hackers-defaced")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Hackers");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("LVAGOV"));
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void oppositionPartiesAreTheOppositionOfTheirState() {
    assertThat(Readings.drafts("opposition-parties-strike")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("KENOPP");
      assertThat(d.cue()).isEqualTo("protest");
    });
  }

  @Test
  void hackingAccountsIsAnAttackOnWhoseTheyAre() {
    assertThat(Readings.drafts("hackers-hacked")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Hackers");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("ALBGOV"));
    });
  }

  @Test
  void aHospitalAttackedIsAPlaceNotAParty() {
    assertThat(at("building-hospital", "hospital")).isNull();
    assertThat(Readings.drafts("building-hospital")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Gunmen");
      assertThat(d.target()).isEmpty();
    });
  }
  @Test
  void tribalEldersActAsAGroupOfTheirOwn() {
    assertThat(Readings.drafts("elders-condemned-taliban")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Tribal elders");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("taliban"));
    });
  }

  @Test
  void leadersTheTextSaysNothingMoreOfAreNobody() {
    assertThat(Readings.drafts("leaders-condemned-taliban")).isEmpty();
  }

  @Test
  void agentsOfANamedStateAreThatStatesSecurityForces() {
    ActorSpan agents = at("state-agents", "agents");
    assertThat(agents.text()).isEqualTo("U.S. agents");
    assertThat(agents.actor().id()).startsWith("USA");
    assertThat(Readings.drafts("state-agents")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Cuban diplomats"));
  }

  @Test
  void guardsOfNoNamedStateAreNobody() {
    assertThat(at("bare-guards", "Guards")).isNull();
    assertThat(Readings.drafts("bare-guards")).isEmpty();
  }

  @Test
  void aFirmADemonymNamesIsThatStatesBusinessNotTheState() {
    assertThat(Readings.drafts("firm-sanctioned")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Chinese shipping firm");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("CHNBUS");
    });
  }

  @Test
  void aDemonymBeforeAFirmsNounIsTheStatesBusinessNotTheState() {
    assertThat(Readings.drafts("firm-noun-demonym")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("THABUS"));
  }

  @Test
  void aListedPhraseIsTheGroupsNameThoughItsFirstWordModifiesTheSecond() {
    assertThat(Readings.claims("civil-society-groups-met")).containsExactly(
        "UN envoy Maria Lopez NEUTRAL civil society groups");
  }

  @Test
  void anIndustrysChamberIsABodyOfBusinessesNotItsState() {
    assertThat(Readings.claimIds("chamber-backed-strategy")).containsExactly("adhoc:group:industry-chamber SUPPORT -");
  }

  @Test
  void peopleInACityOfInternationalBodiesAreNoStates() {
    assertThat(Readings.claimIds("host-city-spokesperson")).noneMatch(c -> c.startsWith("CHE"));
  }

  @Test
  void aParticipleTheParserHungOnAGroupIsNoPartOfItsName() {
    assertThat(Readings.claims("vbg-group")).containsExactly("farmers OPPOSE aid agencies");
  }

  @Test
  void forcesOwnedByAChiefOfTheArmedForcesAreTheArmedForces() {
    assertThat(Readings.drafts("his-forces-chief")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().name()).isEqualTo("Chile armed forces"));
  }

  @Test
  void policeOfficersMayActAloneAsPoliceDo() {
    assertThat(Readings.claims("police-officers")).containsExactly("Protesters OPPOSE police officers");
  }

  @Test
  void aGerundTheParserHangsOnAGroupNounIsTheirDeedNotTheirName() {
    assertThat(Readings.claims("accused-rebels-of-gerund")).contains("Germany OPPOSE rebels")
        .noneMatch(c -> c.contains("of attacking"));
  }

  @Test
  void aCapitalisedCourtOfAStateIsThatStatesCourt() {
    assertThat(Readings.claims("court-of-state")).containsExactly("Court of Bosnia and Herzegovina OPPOSE Milan Lukic");
  }
}
