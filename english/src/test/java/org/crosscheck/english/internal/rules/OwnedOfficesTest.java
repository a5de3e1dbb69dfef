package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnedOfficesTest {

  @Test
  void aCapitalisedPresidentOfAStateActsForItsGovernment() {
    assertThat(Readings.drafts("owned-president-caps")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("SENGOV");
      assertThat(d.holder().text()).isEqualTo("President of Senegal");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("GMB");
      assertThat(d.stance()).hasToString("OPPOSE");
    });
  }

  @Test
  void aLowerCasePresidentOfAStateActsForItsGovernmentNotForAGroupOfItsOwn() {
    assertThat(Readings.drafts("owned-president-lower")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("SENGOV");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("GMB");
    });
  }

  @Test
  void theSecretaryGeneralOfAnOrganisationActsForTheOrganisation() {
    assertThat(Readings.drafts("owned-secretary-general")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("arab-league");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("OMN");
      assertThat(d.stance()).hasToString("SUPPORT");
    });
  }

  @Test
  void aCouncilOfTheAfricanUnionIsTheUnionsNotTheUnSecurityCouncil() {
    assertThat(Readings.drafts("owned-council-namesake")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("african-union");
      assertThat(d.holder().text()).isEqualTo("Peace and Security Council of the African Union");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("MLI");
    });
  }

  @Test
  void theUnSecurityCouncilStaysTheUnitedNations() {
    assertThat(Readings.drafts("owned-un-council")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("un-security-council"));
  }

  @Test
  void theSpeakerOfAStatesParliamentActsForItsLegislature() {
    assertThat(Readings.drafts("owned-speaker-parliament")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("JORLEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SYR");
    });
  }

  @Test
  void theSpeakerOfTheParliamentOfAStateReachesTheStateThroughTheBody() {
    assertThat(Readings.drafts("owned-speaker-parliament-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("JORLEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SYR");
    });
  }

  @Test
  void aMinisterOfAStateNamedInAppositionIsThatPersonAsAMemberOfTheGovernment() {
    for (String id : new String[] {"owned-appos-person", "owned-person-appos-office"}) {
      assertThat(Readings.drafts(id)).as(id).singleElement().satisfies(d -> {
        assertThat(d.holder().text()).isEqualTo("Kofi Mensah");
        assertThat(d.holder().actor().memberOf()).singleElement()
            .satisfies(a -> assertThat(a.actor()).isEqualTo("GHAGOV"));
        assertThat(d.target().orElseThrow().actor().id()).isEqualTo("TGO");
      });
    }
  }

  @Test
  void thePresidentOfACourtIsNoActor() {
    Readings.Reading r = Readings.of("owned-court");
    assertThat(OwnedOffices.at(r.graph(), r.node("president"))).isNull();
    assertThat(Readings.drafts("owned-court")).isEmpty();
  }

  @Test
  void aParliamentOfAProvinceIsNotTheStatesLegislature() {
    Readings.Reading r = Readings.of("owned-province");
    assertThat(OwnedOffices.at(r.graph(), r.node("parliament"))).isNull();
    assertThat(Readings.drafts("owned-province")).allSatisfy(d -> assertThat(d.holder().actor().id())
        .isNotIn("CANLEG", "CANGOV", "CAN"));
  }

  @Test
  void aCatalogNameSpanningTheOfficeAndItsStateStaysTheCatalogs() {
    assertThat(Readings.drafts("owned-catalog-role")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("king-of-jordan"));
  }

  @Test
  void aCommitteeOfAnOrganisationInOneTaggedNameIsTheOrganisations() {
    assertThat(Readings.drafts("owned-org-run")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("nato");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("FIN");
    });
  }

  @Test
  void theChairmanOfAnOrganisationsCouncilActsForTheOrganisation() {
    assertThat(Readings.drafts("owned-compound-owner")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("arab-league");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("OMN");
    });
  }

  @Test
  void aSpokesmanOfAStatesMinistryNamedByDemonymActsForItsGovernment() {
    assertThat(Readings.drafts("owned-demonym-body")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("QATGOV");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ISR");
    });
  }

  @Test
  void aNamedBodyOfAStateIsNotItsGovernment() {
    Readings.Reading r = Readings.of("owned-named-body");
    assertThat(OwnedOffices.at(r.graph(), r.node("Committee"))).isNull();
    assertThat(Readings.drafts("owned-named-body"))
        .allSatisfy(d -> assertThat(d.holder().actor().id()).isNotIn("IRQGOV", "IRQ"));
  }

  @Test
  void theSpeakerOfAnAssemblyNamedByItsStatesDemonymActsForTheLegislature() {
    assertThat(Readings.drafts("owned-demonym-assembly")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("KWTLEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("IRQ");
    });
  }

  @Test
  void theForeignMinistryOfAStateActsForItsGovernment() {
    assertThat(Readings.drafts("owned-ministry-lower")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("SENGOV");
      assertThat(d.holder().text()).isEqualTo("foreign ministry of Senegal");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("GMB");
    });
  }
}
