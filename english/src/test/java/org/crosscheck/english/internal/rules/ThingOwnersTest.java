package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThingOwnersTest {

  @Test
  void aPossessiveOfASubjectThatNamesNoActorIsNoNameBeforeIt() {
    Readings.Reading r = Readings.of("their-own-thing");
    assertThat(ThingOwners.unnamed(r.graph(), r.node("their"))).isTrue();
    assertThat(Readings.claims("their-own-thing")).isEmpty();
  }

  @Test
  void aSubjectWhoseOfPhraseNamesActorsIsNoThing() {
    Readings.Reading r = Readings.of("their-economies-of");
    assertThat(ThingOwners.unnamed(r.graph(), r.node("their"))).isFalse();
  }

  @Test
  void aPossessiveThatCannotStandForTheSubjectIsNoThingsOfIt() {
    Readings.Reading r = Readings.of("its-sanctions-plural");
    assertThat(ThingOwners.unnamed(r.graph(), r.node("its"))).isFalse();
  }
}
