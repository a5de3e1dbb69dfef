package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarrierRoutesTest {

  @Test
  void anAirlineSuspendingFlightsToACityTakesNoStanceTowardItsGovernment() {
    assertThat(Readings.claims("airline-suspended-flights")).isEmpty();
  }

  @Test
  void anAirlineResumingOrCancellingItsServiceTakesNoStanceEither() {
    assertThat(Readings.claims("airline-resumed-service")).isEmpty();
    assertThat(Readings.claims("cancelled-flights-from")).isEmpty();
  }

  @Test
  void aStateSuspendingFlightsStillOpposesTheOtherState() {
    assertThat(Readings.claimIds("state-suspended-flights")).containsExactly("RUS OPPOSE GEO");
    Readings.Reading r = Readings.of("state-suspended-flights");
    assertThat(CarrierRoutes.runs(r.graph(), r.node("suspended"))).isFalse();
  }

  @Test
  void aSpeakerSayingWeSuspendedFlightsIsReadAsTheStateHeSpeaksFor() {
    assertThat(Readings.claimIds("we-suspended-flights")).containsExactly("RUSGOV OPPOSE GEO");
  }

  @Test
  void aVerbWithoutARouteAsObjectIsNoCarriersAct() {
    Readings.Reading r = Readings.of("fighters-from-militia");
    assertThat(CarrierRoutes.runs(r.graph(), r.node("abducted"))).isFalse();
  }
}
