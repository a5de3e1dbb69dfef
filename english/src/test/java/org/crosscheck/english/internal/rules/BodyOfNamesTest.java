package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyOfNamesTest {

  @Test
  void aCongressOfTradeUnionsIsAnOrganisationOfItsOwnNotTheStatesLegislature() {
    assertThat(Readings.drafts("body-of-trade-unions")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Zimbabwe Congress of Trade Unions"));
  }

  @Test
  void aCouncilOfMinistersKeepsItsReadingAsTheGovernment() {
    assertThat(Readings.drafts("council-of-ministers-kept")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("LBNGOV"));
  }
}
