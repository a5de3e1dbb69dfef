package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class OwnCountriesTest {

  @Test
  void herCountryIsTheStateOfWhomHerStandsFor() {
    Readings.Reading r = Readings.of("own-country-forgive");
    assertThat(OwnCountries.of(r.graph(), r.node("country"), null).actor().name()).isEqualTo("Kenya");
    assertThat(Readings.drafts("own-country-forgive")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("Kenya");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Uganda");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aCountryWithoutAPossessivePronounIsNobodysOwn() {
    Readings.Reading r = Readings.of("own-country-forgive");
    assertThat(OwnCountries.of(r.graph(), r.node("Uganda"), null)).isNull();
    assertThat(OwnCountries.of(r.graph(), r.node("raids"), null)).isNull();
  }

  @Test
  void hisGovernmentIsTheGovernmentOfTheStateOfWhomHisStandsFor() {
    assertThat(Readings.drafts("own-gov-holder")).map(Readings::claimId).containsExactly("KENGOV SUPPORT SOM");
  }
}
