package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class LocalOfficesTest {

  @Test
  void aProvincesGovernorIsNotTheNationalGovernment() {
    assertThat(Readings.drafts("local-governor")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Oregon's governor");
      assertThat(d.holder().actor().isAdHoc()).isTrue();
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.ROLE);
      assertThat(d.holder().actor().memberOf()).extracting(a -> a.actor()).containsExactly("USA");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Japan");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aCitysPoliceChiefIsTheCitys() {
    assertThat(Readings.drafts("local-police-chief")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Mombasa police chief");
      assertThat(d.holder().actor().id()).isNotEqualTo("KENGOV");
      assertThat(d.holder().actor().memberOf()).extracting(a -> a.actor()).containsExactly("KEN");
    });
  }

  @Test
  void aStatesOwnMinisterStaysTheGovernment() {
    assertThat(Readings.drafts("national-minister")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("KENGOV"));
  }

  @Test
  void aCapitalsGovernmentIsTheNations() {
    assertThat(Readings.drafts("kabul-government")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("AFGGOV"));
  }

  @Test
  void aRegionsPresidentIsTheRegionsNotTheStates() {
    assertThat(Readings.drafts("region-president")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Puntland's president");
      assertThat(d.holder().actor().id()).isNotEqualTo("SOMGOV");
      assertThat(d.holder().actor().memberOf()).extracting(a -> a.actor()).containsExactly("SOM");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ETH");
    });
  }

  @Test
  void aCuratedRegionOverridesTheGazetteersCity() {
    assertThat(Readings.drafts("region-over-city")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Zanzibar's president");
      assertThat(d.holder().actor().memberOf()).extracting(a -> a.actor()).containsExactly("TZA");
    });
  }
}
