package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuredStatesTest {

  @Test
  void martialLawThreatenedInAStateIsTakenTowardThatState() {
    // The measure is the infinitive's: the threat is toward the state it would hold in.
    assertThat(Readings.claims("ms-martial-law-threatened")).containsOnly("Russia OPPOSE Ukraine");
  }

  @Test
  void curfewLiftedWhereAParticipleSaysItWasImposedIsSupportTowardThatState() {
    assertThat(Readings.claims("ms-curfew-lifted-imposed-in")).containsExactly("Egypt SUPPORT Libya");
  }

  @Test
  void stateOfEmergencyWithAHyphenatedLengthStillNamesItsState() {
    assertThat(Readings.claims("ms-emergency-three-month")).containsExactly("Ethiopia OPPOSE Somalia");
  }

  @Test
  void curfewInACityHasNoTarget() {
    assertThat(Readings.claims("ms-curfew-in-city")).containsExactly("Uganda OPPOSE -");
  }

  @Test
  void curfewInTheHoldersOwnStateKeepsTheClaimWithoutTarget() {
    assertThat(Readings.claims("ms-curfew-own-state")).containsExactly("Chad OPPOSE -");
  }

  @Test
  void aVerbOfSiegeByItsOwnSenseLeavesTheStateWhereItHappens() {
    // "besiege" is coded by the verb alone, no measure pattern: the town is besieged in Mali, not Mali.
    Readings.Reading r = Readings.of("ms-town-besieged");
    StanceCues.Cue cue = new StanceCues.Cue(r.node("besieged"), org.crosscheck.Stance.OPPOSE, "besieged", false);
    assertThat(MeasuredStates.of(r.graph(), cue, java.util.List.of())).isEmpty();
  }
}
