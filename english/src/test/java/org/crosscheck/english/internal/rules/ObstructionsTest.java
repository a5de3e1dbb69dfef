package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObstructionsTest {

  @Test
  void aConvoyOfAnAgencyStoppedByAStateOpposesTheAgency() {
    // "stop" is no cue of its own: the light pass must let the sentence through to the parser.
    assertThat(CandidateFilter.isCandidate(Readings.of("obstruct-wfp-convoy").ctx(), Readings.LEX)).isTrue();
    assertThat(Readings.claims("obstruct-wfp-convoy")).containsExactly("Syria OPPOSE World Food Programme");
  }

  @Test
  void aShipTurnedBackOpposesTheStateItsDemonymNames() {
    assertThat(Readings.claims("obstruct-demonym-ship")).containsExactly("Israel OPPOSE Turkish");
  }

  @Test
  void journalistsOfANamedOutletStoppedOpposeTheOutlet() {
    assertThat(Readings.claims("obstruct-agency-journalists")).containsExactly("Egypt OPPOSE Reuters");
  }

  @Test
  void aConvoyNoPartyOwnsHaltedIsNoClaim() {
    Readings.Reading r = Readings.of("obstruct-unowned-convoy");
    assertThat(Obstructions.stops(r.graph(), r.node("halted"))).isFalse();
    assertThat(Readings.claims("obstruct-unowned-convoy")).isEmpty();
  }

  @Test
  void haltingOnesOwnConvoyIsNoClaim() {
    Readings.Reading r = Readings.of("obstruct-own-convoy");
    assertThat(Obstructions.stops(r.graph(), r.node("halted"))).isFalse();
    assertThat(Readings.claims("obstruct-own-convoy")).isEmpty();
  }

  @Test
  void aReporterOfSomeNationalityStoppedOpposesNoState() {
    Readings.Reading r = Readings.of("obstruct-nationality-reporter");
    assertThat(Obstructions.stops(r.graph(), r.node("stopped"))).isFalse();
    assertThat(Readings.claims("obstruct-nationality-reporter")).isEmpty();
  }

  @Test
  void stoppedTalksAreNoCarrierStopped() {
    Readings.Reading r = Readings.of("obstruct-stopped-talks");
    assertThat(Obstructions.stops(r.graph(), r.node("stopped"))).isFalse();
  }

  @Test
  void theLightPassKeepsAPhrasalVerbOfStoppingWithACarrierAfterIt() {
    Readings.Reading r = Readings.of("obstruct-demonym-ship");
    assertThat(Obstructions.mayStop(r.ctx().tokens(), 1, Readings.LEX)).isTrue();
    assertThat(Obstructions.mayStop(r.ctx().tokens(), 0, Readings.LEX)).isFalse();
  }
}
