package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneysTest {

  @Test
  void aFlightToACapitalWithNoPurposeIsNoVisit() {
    Readings.Reading r = Readings.of("journey-flew-to-capital");
    assertThat(Journeys.leg(r.graph(), r.node("flew"))).isTrue();
    assertThat(Readings.claims("journey-flew-to-capital")).isEmpty();
  }

  @Test
  void headingToACapitalIsNoIntentToCooperate() {
    assertThat(Readings.claims("journey-headed-to")).isEmpty();
  }

  @Test
  void flyingOnToACapitalAfterAStopIsALegOfAJourney() {
    assertThat(Readings.claims("journey-flew-on")).isEmpty();
  }

  @Test
  void settingOffForACapitalIsNoStance() {
    Readings.Reading r = Readings.of("journey-set-off");
    assertThat(Journeys.leg(r.graph(), r.node("set"))).isTrue();
    assertThat(Readings.claims("journey-set-off")).isEmpty();
  }

  @Test
  void headingToACapitalForTalksIsStillAVisit() {
    Readings.Reading r = Readings.of("journey-headed-for-talks");
    assertThat(Journeys.leg(r.graph(), r.node("headed"))).isFalse();
    assertThat(Readings.claims("journey-headed-for-talks")).containsExactly("Ghanaian president NEUTRAL Abuja");
  }

  @Test
  void warplanesFlyingIntoAStateAreNoJourney() {
    Readings.Reading r = Readings.of("journey-jets-flew-into");
    assertThat(Journeys.leg(r.graph(), r.node("flew"))).isFalse();
    assertThat(Readings.claims("journey-jets-flew-into")).containsExactly("Russian jets OPPOSE Estonia");
  }

  @Test
  void aFlightWithAPurposeClauseIsLeftToTheDictionary() {
    Readings.Reading r = Readings.of("journey-purpose-clause");
    assertThat(Journeys.leg(r.graph(), r.node("flew"))).isFalse();
  }
}
