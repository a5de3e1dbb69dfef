package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitedPlacesTest {

  @Test
  void thePlaceAVisitGoesToIsNotWhoPaysIt() {
    Readings.Reading r = Readings.of("visited-place-not-holder");
    assertThat(VisitedPlaces.destination(r.graph(), r.node("visit"), r.node("Minsk"))).isTrue();
    assertThat(Readings.claims("visited-place-not-holder")).noneMatch(c -> c.startsWith("Minsk"));
  }

  @Test
  void condemningAVisitIsNoStanceTowardThePlaceItGoesTo() {
    assertThat(Readings.claims("visited-place-not-target")).containsExactly("Kyiv OPPOSE -");
  }

  @Test
  void theVisitItselfStillContactsThePlace() {
    assertThat(Readings.claims("visited-place-of-visit")).containsExactly("Putin NEUTRAL Pyongyang");
  }

  @Test
  void aPersonNamedBeforeTheVisitStillPaysIt() {
    assertThat(Readings.claims("visited-person-visit")).containsExactly("Biden NEUTRAL Beijing");
  }

  @Test
  void aPlaceBeforeAnotherNounStillNamesItsParty() {
    assertThat(Readings.claims("visited-place-decision")).containsExactly("Kyiv OPPOSE Moscow");
  }

  @Test
  void aTerritoryTheTaggerReadsAsAPlaceIsWhereTheVisitGoes() {
    assertThat(Readings.claims("visit-to-territory")).contains("Argentina OPPOSE -")
        .noneMatch(c -> c.startsWith("Argentina") && c.endsWith("Falkland Islands"));
    assertThat(Readings.claims("visit-body-mission")).anyMatch(c -> c.endsWith("OPPOSE EU"));
  }
}
