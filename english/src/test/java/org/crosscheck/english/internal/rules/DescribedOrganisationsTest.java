package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class DescribedOrganisationsTest {

  @Test
  void anAidGroupOfADemonymIsThatCountrysNgosNotTheState() {
    assertThat(Readings.drafts("aid-group-accused")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("DEUNGO");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.GROUP);
      assertThat(d.holder().actor().memberOf()).as("no body of the state").isEmpty();
      assertThat(d.holder().text()).isEqualTo("German aid group");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aCharityReachedThroughAByPhraseIsTheTargetNotItsDemonymsState() {
    assertThat(Readings.drafts("rescue-charity-claims")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("DEUNGO");
      assertThat(d.target().orElseThrow().text()).isEqualTo("German rescue charity");
    });
  }

  @Test
  void aBankOfADemonymIsThatCountrysBusiness() {
    assertThat(Readings.drafts("bank-blacklisted")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("IRQBUS"));
    assertThat(Readings.drafts("bank-claims-target")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("GRC");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("TURBUS");
    });
  }

  @Test
  void aFishingBoatOrNationalsOfADemonymAreThatCountrysPeopleNotTheState() {
    assertThat(Readings.drafts("fishing-trawler-seized")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("VNMAGR"));
    assertThat(Readings.drafts("nationals-arrested")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("KHMCVL"));
  }

  @Test
  void anNgoAfterADemonymIsThatCountrysNgos() {
    assertThat(Readings.drafts("israeli-ngo-condemned")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ISRNGO"));
  }

  @Test
  void aBareNgoStaysAGroupOfItsOwnNotOneCatalogActor() {
    assertThat(Readings.drafts("bare-ngo-accused")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("NGO");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SDNMIL");
    });
  }

  @Test
  void criminalsOfADemonymAreNoStatesGroup() {
    assertThat(Readings.drafts("traffickers-attacked")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isNotEqualTo("MEX");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
      assertThat(d.holder().text()).isEqualTo("Mexican drug traffickers");
    });
  }
}
