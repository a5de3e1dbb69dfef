package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtendedPlacesTest {

  @Test
  void aCatalogPlaceThatOnlyStartsALongerPlaceNameIsNoActor() {
    Readings.Reading r = Readings.of("extended-place-qara-dagh");
    assertThat(r.ctx().mentionAt(5)).isPresent();
    assertThat(r.graph().mentionAt(5)).isNull();
  }

  @Test
  void aPlaceFollowedByAWordOfAdministrationKeepsItsReading() {
    Readings.Reading r = Readings.of("extended-place-province-kept");
    assertThat(r.ctx().mentionAt(6)).isPresent();
    assertThat(r.graph().mentionAt(6)).isNotNull();
  }

  @Test
  void anEmbassyNamedBeforeItsCityKeepsItsState() {
    assertThat(Readings.drafts("embassy-in-lima-kept")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("CANGOV"));
  }
}
