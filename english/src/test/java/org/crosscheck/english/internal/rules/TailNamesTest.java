package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TailNamesTest {

  @Test
  void anOrganisationNamedForItsLastWordIsAnOrganisationOfItsWholeName() {
    assertThat(Readings.claims("tail-name-senate-2"))
        .containsExactly("Makerere Students Senate OPPOSE government of Uganda");
  }

  @Test
  void aNameAfterAStateTheCatalogKnowsKeepsItsReading() {
    Readings.Reading r = Readings.of("philippine-senate-kept");
    assertThat(r.graph().mentionAt(2).actor().id()).isEqualTo("PHLLEG");
  }
}
