package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeizedPlacesTest {

  @Test
  void aTownSeizedIsNoTargetButWhoeverHeldItIs() {
    Readings.Reading r = Readings.of("seized-unknown-town-owner");
    assertThat(SeizedPlaces.place(r.graph(), r.node("seized"), r.node("Fasher"))).isTrue();
    assertThat(Readings.claims("seized-unknown-town-owner")).containsExactly("RSF OPPOSE Sudanese army");
  }

  @Test
  void aTownSeizedFromNoOneNamedLeavesNoTarget() {
    assertThat(Readings.drafts("seized-unknown-town")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aNameWithNoGroundBesideItIsLeftToTheOtherRules() {
    Readings.Reading r = Readings.of("captured-made-up-person");
    assertThat(SeizedPlaces.place(r.graph(), r.node("captured"), r.node("Kabemba"))).isFalse();
    assertThat(Readings.claims("captured-made-up-person")).containsExactly("Rebels OPPOSE Joseph Kabemba");
  }

  @Test
  void aCatalogPlaceOrAnotherActOrACommonNounIsLeftToTheOtherRules() {
    Readings.Reading known = Readings.of("recaptured-catalog-base");
    assertThat(SeizedPlaces.place(known.graph(), known.node("recaptured"), known.node("Goma"))).isFalse();
    Readings.Reading shelled = Readings.of("shelled-made-up-stronghold");
    assertThat(SeizedPlaces.place(shelled.graph(), shelled.node("shelled"), shelled.node("Fasher"))).isFalse();
    Readings.Reading town = Readings.of("seized-town-stronghold");
    assertThat(SeizedPlaces.place(town.graph(), town.node("seized"), town.node("town"))).isFalse();
  }
}
