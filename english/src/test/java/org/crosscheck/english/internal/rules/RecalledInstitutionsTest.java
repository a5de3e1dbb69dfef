package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class RecalledInstitutionsTest {

  private static final Discourse.Key<ActorRef> JUNTA =
      RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.JUNTA);

  private static Discourse afterMalisJunta() {
    Discourse d = new Discourse();
    d.set(JUNTA, ActorRef.of(Readings.CATALOG.actor("MLIGOV").orElseThrow(), "Mali's junta"));
    return d;
  }

  @Test
  void aJuntaNamedWithItsStateIsRememberedAsThatGovernment() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("malian-junta-expelled", null, d).ctx(), Readings.LEX);
    assertThat(d.get(JUNTA)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("MLIGOV"));
  }

  @Test
  void martialLawDeclaredByTheJuntaOfANamedStateIsThatGovernmentsCoerciveAct() {
    assertThat(Readings.drafts("junta-martial-law", afterMalisJunta())).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("MLIGOV");
      assertThat(x.target()).isEmpty();
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void criticismOfTheJuntaOfANamedStateIsOppositionToThatGovernment() {
    assertThat(Readings.drafts("junta-criticised", afterMalisJunta())).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("SEN");
      assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("MLIGOV"));
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void theJuntaOfNoNamedStateIsNobodyNotTheLastHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("GHA").orElseThrow(), "Ghana"));
    assertThat(Readings.drafts("junta-martial-law", d)).isEmpty();
    assertThat(Readings.drafts("junta-criticised", d)).allSatisfy(x -> assertThat(x.target()).isEmpty());
  }

  private static Discourse after(EnglishLexicon.InstitutionClass kind, String id, String mention) {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.LAST.get(kind), ActorRef.of(Readings.CATALOG.actor(id).orElseThrow(), mention));
    return d;
  }

  private static Discourse afterColombia() {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.LAST_STATE, ActorRef.of(Readings.CATALOG.actor("COL").orElseThrow(), "Colombia"));
    return d;
  }

  @Test
  void aGovernmentNamedWithItsStateIsRememberedForItsClassAndItsState() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-named", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("COLGOV"));
    assertThat(d.get(RecalledInstitutions.LAST_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("COL"));
    assertThat(d.get(JUNTA)).isEmpty();
  }

  @Test
  void aGovernmentOwnedByAStateAcrossTheWordsThatSayWhichIsThatStatesGovernment() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-owned-across-words", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> {
          assertThat(a.id()).isEqualTo("PERGOV");
          assertThat(a.mention()).isEqualTo("Peru's new minority government");
        });
  }

  @Test
  void aGovernmentAStatesWordsOnlyLeadToIsNoneOfIts() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-owned-aid", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT))).isEmpty();
  }

  @Test
  void aLeadersAdministrationIsRememberedAsHisStatesGovernment() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-leader-admin", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> {
          assertThat(a.id()).isEqualTo("USAGOV");
          assertThat(a.mention()).isEqualTo("Biden administration");
        });
  }

  @Test
  void theBareGovernmentIsTheGovernmentNamedBefore() {
    assertThat(Readings.drafts("inst-government",
        after(EnglishLexicon.InstitutionClass.GOVERNMENT, "COLGOV", "Colombia's government")))
        .singleElement().satisfies(x -> {
          assertThat(x.holder().actor().id()).isEqualTo("COLGOV");
          assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
          assertThat(x.target().orElseThrow().text()).isEqualTo("rebels");
        });
  }

  @Test
  void theBareArmyIsTheMilitaryOfTheStateWhoseGovernmentWasNamedLast() {
    assertThat(Readings.drafts("inst-army", afterColombia())).singleElement().satisfies(x -> {
      assertThat(x.holder().text()).isEqualTo("rebels");
      assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLMIL");
    });
  }

  @Test
  void theBareArmyActedOnByFightersOfTheLastStateIsNotThatStatesArmy() {
    // "Colombian fighters helped the army": a foreign force and a home army, not Colombia's twice.
    assertThat(Readings.drafts("inst-army-helped-by-colombians", afterColombia()))
        .noneMatch(x -> x.target().map(t -> t.actor().id().equals("COLMIL")).orElse(false)
            || x.holder().actor().id().equals("COLMIL"));
    assertThat(Readings.drafts("inst-army-obj-colombians", afterColombia()))
        .noneMatch(x -> x.target().map(t -> t.actor().id().equals("COLMIL")).orElse(false));
    // A body of the same state acting on its government is the usual case.
    assertThat(Readings.drafts("inst-government-accused-by-colombian-body", afterColombia()))
        .anyMatch(x -> x.target().map(t -> t.actor().id().equals("COLGOV")).orElse(false));
    assertThat(Readings.drafts("inst-army-helped-by-peruvians", afterColombia()))
        .anyMatch(x -> x.target().map(t -> t.actor().id().equals("COLMIL")).orElse(false));
  }

  @Test
  void theBareArmyIsTheLastArmyNamedNotAnotherStatesMilitaryNamedAfterIt() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-army-peru", null, d).ctx(), Readings.LEX);
    RecalledInstitutions.remember(Readings.of("inst-military-chile", null, d).ctx(), Readings.LEX);
    assertThat(Readings.drafts("inst-army", d)).singleElement()
        .satisfies(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("PERMIL"));
  }

  @Test
  void theBareArmyIsNobodysBeforeAnyStatesInstitutionIsNamed() {
    assertThat(Readings.drafts("inst-army", new Discourse())).allSatisfy(x -> assertThat(x.target()).isEmpty());
  }

  @Test
  void theBareArmyAfterAnotherStateInTheSentenceIsNotTheRememberedStates() {
    assertThat(Readings.drafts("inst-other-state", afterColombia()))
        .noneSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("COLMIL"));
  }

  @Test
  void aStatesGovernmentIsNeverLentToTheJunta() {
    assertThat(Readings.drafts("junta-martial-law", afterColombia())).isEmpty();
  }

  /** {@code d} in an article whose dateline names {@code city}, in the state {@code state}. */
  private static Discourse filedFrom(String state, String city, Discourse d) {
    d.set(RecalledInstitutions.DATELINE_STATE, ActorRef.of(Readings.CATALOG.actor(state).orElseThrow(), city));
    return d;
  }

  private static Discourse filedFromCairo(Discourse d) {
    return filedFrom("EGY", "CAIRO", d);
  }

  @Test
  void theDatelinesStateIsRememberedBesideTheGovernmentNamed() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-dateline", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.DATELINE_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("EGY"));
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("SDNGOV"));
  }

  @Test
  void theBareGovernmentOfAnotherStateThanTheDatelinesIsNobody() {
    Discourse d = filedFromCairo(after(EnglishLexicon.InstitutionClass.GOVERNMENT, "SDNGOV", "Sudan's government"));
    assertThat(Readings.drafts("inst-government", d))
        .noneSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("SDNGOV"));
  }

  @Test
  void theBarePoliceOfAnotherStateThanTheDatelinesIsNobody() {
    assertThat(Readings.drafts("inst-police", afterColombia()))
        .anySatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLCOP"));
    assertThat(Readings.drafts("inst-police", filedFromCairo(afterColombia())))
        .noneSatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLCOP"));
  }

  @Test
  void theBareArmyKeepsTheStateNamedWhereverTheArticleWasFiled() {
    assertThat(Readings.drafts("inst-army", filedFromCairo(afterColombia())))
        .anySatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLMIL"));
  }

  private static Discourse afterKenyasForeignMinistry() {
    return after(EnglishLexicon.InstitutionClass.MINISTRY, "KENGOV", "Kenya's foreign ministry");
  }

  @Test
  void theBareMinistryIsTheGovernmentWhoseMinistryWasNamedBefore() {
    assertThat(Readings.drafts("inst-ministry", afterKenyasForeignMinistry())).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("KENGOV");
      assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("UGA"));
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void theForeignMinistryWithNoOwnerOfItsOwnIsTheOneNamedBefore() {
    assertThat(Readings.drafts("inst-foreign-ministry", afterKenyasForeignMinistry())).singleElement()
        .satisfies(x -> {
          assertThat(x.holder().actor().id()).isEqualTo("KENGOV");
          assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("UGA"));
        });
  }

  @Test
  void theDefenceMinistryIsTheMilitaryOfTheStateWhoseMinistryWasNamed() {
    assertThat(Readings.drafts("inst-defence-ministry", afterKenyasForeignMinistry())).singleElement()
        .satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("KENMIL"));
  }

  private static Discourse filedFromNairobiAfterTanzaniasForeignMinistry() {
    return filedFrom("KEN", "NAIROBI",
        after(EnglishLexicon.InstitutionClass.MINISTRY, "TZAGOV", "Tanzania's foreign ministry"));
  }

  @Test
  void aMinistryOfAnotherPortfolioInAStoryFiledFromAnotherStateIsTheDatelinesStates() {
    assertThat(Readings.drafts("inst-agriculture-ministry", filedFromNairobiAfterTanzaniasForeignMinistry()))
        .singleElement().satisfies(x -> {
          assertThat(x.holder().actor().id()).isEqualTo("KENGOV");
          assertThat(x.holder().text()).isEqualTo("agriculture ministry");
          assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("UGA"));
          assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
        });
  }

  @Test
  void aMinistryOfTheSamePortfolioKeepsTheStateNamedWhereverTheStoryWasFiled() {
    assertThat(Readings.drafts("inst-foreign-ministry", filedFromNairobiAfterTanzaniasForeignMinistry()))
        .singleElement().satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("TZAGOV"));
  }

  @Test
  void aMinistryIsNobodyEvenAfterAMinistryWasNamed() {
    assertThat(Readings.drafts("inst-a-ministry", afterKenyasForeignMinistry())).isEmpty();
  }

  @Test
  void theBareMinistryIsNotTheLastStatesBeforeAnyMinistryIsNamed() {
    assertThat(Readings.drafts("inst-ministry", afterColombia())).isEmpty();
  }

  @Test
  void theBareMinistryIsNobodyOnceMinistriesOfTwoStatesAreNamed() {
    Discourse d = afterKenyasForeignMinistry();
    RecalledInstitutions.remember(Readings.of("inst-two-ministries", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.MINISTRIES_OF_TWO)).contains(true);
    assertThat(Readings.drafts("inst-ministry", d)).isEmpty();
  }

  @Test
  void theBarePresidencyIsTheGovernmentOfTheStateNamedBefore() {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.LAST_STATE, ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    assertThat(Readings.drafts("inst-presidency", d)).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("EGYGOV");
      assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("ETH"));
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aForeignMinistryOfAStateOtherThanTheDatelinesLeavesTheStateNamedBeforeTheLastOne() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("foreign-ministry-abroad", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("MMR"));
  }

  @Test
  void aForeignMinistryOfTheDatelinesStateIsTheLastStateNamed() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("foreign-ministry-at-home", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("NPL"));
  }

  @Test
  void aDefenceMinistryOfAnotherStateIsTheLastStateNamed() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("defence-ministry-abroad", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("CHN"));
  }

  /** An article filed from Ankara that has named Turkey's government. */
  private static Discourse filedFromAnkaraAfterTurkeysGovernment() {
    return filedFrom("TUR", "ANKARA",
        after(EnglishLexicon.InstitutionClass.GOVERNMENT, "TURGOV", "Turkey's government"));
  }

  @Test
  void theBareGovernmentInASentencePlacedInACityIsThatStatesGovernment() {
    assertThat(Readings.drafts("inst-placed-in-city", filedFromAnkaraAfterTurkeysGovernment()))
        .anySatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("NGAGOV"));
  }

  @Test
  void aCityOnlyNamingWhatTheSentenceOpensWithPlacesNothing() {
    assertThat(Readings.drafts("inst-placed-not-city", filedFromAnkaraAfterTurkeysGovernment()))
        .noneSatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("NGAGOV"));
  }

  @Test
  void anInstitutionPlacedInAStatesCapitalIsThatStatesWhicheverWasNamedBefore() {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT),
        ActorRef.of(Readings.CATALOG.actor("GRCGOV").orElseThrow(), "the Greek government"));
    assertThat(Readings.drafts("seated-government", d)).singleElement()
        .satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("CODGOV"));
    assertThat(Readings.drafts("seated-ministry")).singleElement()
        .satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("TURMIL"));
  }

  @Test
  void aGovernmentPlacedInACapitalTheCatalogFilesAsADemonymIsThatStatesAndRemembered() {
    assertThat(Readings.drafts("seated-government-bangui")).singleElement()
        .satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("CAFGOV"));
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("seated-remembered", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("CAFGOV"));
    assertThat(Readings.drafts("seated-recalled", d))
        .anySatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("CAFGOV"));
  }

  /** An article filed from Caracas whose first sentence names Venezuela, no institution of it, then {@code others} sentences. */
  private static Discourse filedFromCaracas(String... others) {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-home-dateline", null, d).ctx(), Readings.LEX);
    for (String id : others) {
      RecalledInstitutions.remember(Readings.of(id, null, d).ctx(), Readings.LEX);
    }
    return d;
  }

  /** The drafts of fixture {@code id} read as the next sentence of the article {@code d} remembers. */
  private static java.util.List<org.crosscheck.spi.ClaimDraft> readAfter(String id, Discourse d) {
    RecalledInstitutions.remember(Readings.of(id, null, d).ctx(), Readings.LEX);
    return Readings.drafts(id, d);
  }

  @Test
  void theBareGovernmentIsTheDatelinesWhenTheArticleNamedThatStateAndNoOtherMore() {
    assertThat(readAfter("inst-government", filedFromCaracas())).singleElement()
        .satisfies(x -> assertThat(x.holder().actor().id()).isEqualTo("VENGOV"));
  }

  @Test
  void theBareGovernmentIsNobodyWhenTheArticleNamedAnotherStateMoreThanTheDatelines() {
    assertThat(readAfter("inst-government", filedFromCaracas("inst-other-states", "inst-other-states")))
        .noneSatisfy(x -> assertThat(x.holder().actor().id()).isEqualTo("VENGOV"));
  }

  @Test
  void theBareGovernmentAfterAnotherStateInItsSentenceIsNotTheDatelines() {
    assertThat(readAfter("inst-home-other-before", filedFromCaracas()))
        .noneSatisfy(x -> assertThat(x.target().map(t -> t.actor().id())).hasValue("VENGOV"));
  }

  @Test
  void theBareAuthoritiesAreTheGovernmentNamedBeforeButNotTheBareAuthority() {
    assertThat(Readings.drafts("inst-authorities", afterColombia()))
        .anySatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLGOV"));
    assertThat(Readings.drafts("inst-authority", afterColombia()))
        .noneSatisfy(x -> assertThat(x.target().map(t -> t.actor().id())).hasValue("COLGOV"));
  }

  @Test
  void theFederalGovernmentIsTheGovernmentNamedBeforeButThePreviousOneIsNot() {
    assertThat(Readings.drafts("inst-federal", afterColombia()))
        .anySatisfy(x -> assertThat(x.target().orElseThrow().actor().id()).isEqualTo("COLGOV"));
    assertThat(Readings.drafts("inst-previous", afterColombia()))
        .noneSatisfy(x -> assertThat(x.target().map(t -> t.actor().id())).hasValue("COLGOV"));
  }

  @Test
  void aDatelineCapitalTheCatalogFilesAsADemonymNamesItsState() {
    Discourse d = new Discourse();
    RecalledInstitutions.remember(Readings.of("inst-dateline-capital-demonym", null, d).ctx(), Readings.LEX);
    assertThat(d.get(RecalledInstitutions.DATELINE_STATE)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("KEN"));
    assertThat(d.get(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT)))
        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("UGAGOV"));
  }
}
