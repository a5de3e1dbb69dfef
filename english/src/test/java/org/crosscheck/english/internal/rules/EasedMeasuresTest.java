package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EasedMeasuresTest {

  @Test
  void curfewRelaxedByAStateIsAConcessionOnNoParty() {
    Readings.Reading r = Readings.of("eased-curfew-relaxed");
    assertThat(EasedMeasures.eases(r.graph(), r.node("relaxed"), org.crosscheck.Stance.SUPPORT)).isTrue();
    // The coastal counties are where the curfew was, no party it was on.
    assertThat(Readings.claims("eased-curfew-relaxed")).containsExactly("Kenya SUPPORT -");
  }

  @Test
  void blockadeLoosenedOnAPartyIsSupportTowardIt() {
    assertThat(Readings.claims("eased-blockade-loosened-on")).containsExactly("Israel SUPPORT Gaza");
  }

  @Test
  void restrictionsScaledBackOnAPartyAreSupportTowardIt() {
    // "scale" undoes a measure (UNDO): the "on" phrase of what it scales back is whom the measure was on.
    assertThat(Readings.claims("eased-scaled-back-restrictions-on")).containsExactly("Egypt SUPPORT Gaza");
  }

  @Test
  void aVerbOfEasingOnAThingItsPatternDoesNotNameIsNoConcession() {
    Readings.Reading r = Readings.of("eased-end-talk-of-curfew");
    assertThat(EasedMeasures.eases(r.graph(), r.node("ended"), org.crosscheck.Stance.SUPPORT)).isFalse();
    assertThat(Readings.claims("eased-end-talk-of-curfew")).isEmpty();
  }

  @Test
  void aVetoDroppedIsNoOppositionTowardWhatItWasOn() {
    assertThat(Readings.claims("veto-dropped")).noneMatch(c -> c.contains("OPPOSE"));
  }
}
