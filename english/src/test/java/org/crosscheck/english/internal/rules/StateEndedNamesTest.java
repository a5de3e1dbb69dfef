package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateEndedNamesTest {

  @Test
  void aCharityWhoseNameTheTaggerRunsIntoAStateIsTheCharityNotTheState() {
    assertThat(Readings.claims("state-ended-run")).containsExactly("Diabetes Research UK SUPPORT -");
  }

  @Test
  void anAirlineNamedWithAStateAfterANounOfFirmsIsTheAirlineAsHolder() {
    assertThat(Readings.claims("state-ended-firm")).containsExactly("Air Zambia OPPOSE Kenya");
  }

  @Test
  void aStateQualifiedByACapitalisedWordWithNoSignOfANameStaysTheState() {
    Readings.Reading r = Readings.of("state-ended-mainland");
    assertThat(r.graph().mentionOf(r.node("China")).actor().id()).isEqualTo("CHN");
    assertThat(Readings.claims("state-ended-mainland")).containsExactly("China OPPOSE Taiwan");
  }

  @Test
  void aSportBeforeAStateNamesItsFederationNotTheState() {
    assertThat(Readings.claimIds("sport-federation"))
        .containsExactly("adhoc:organisation:athletics-kenya OPPOSE adhoc:person:langat");
  }
}
