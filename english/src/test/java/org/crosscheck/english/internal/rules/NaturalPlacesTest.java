package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaturalPlacesTest {

  @Test
  void aRiverNamedAfterAStateIsNoActor() {
    Readings.Reading r = Readings.of("river-congo-boats");
    assertThat(r.ctx().mentionAt(5)).isPresent();
    assertThat(r.graph().mentionAt(5)).isNull();
    assertThat(Readings.claims("river-congo-boats")).containsExactly("Gunmen OPPOSE -");
  }

  @Test
  void aLakeNamedAfterAStateIsNoActor() {
    Readings.Reading r = Readings.of("lake-chad-boats");
    assertThat(r.ctx().mentionAt(5)).hasValueSatisfying(m -> assertThat(m.actor().id()).isEqualTo("TCD"));
    assertThat(r.graph().mentionAt(5)).isNull();
  }

  @Test
  void aStateBeforeALowerCaseRiverIsStillTheState() {
    Readings.Reading r = Readings.of("uganda-river-crossing-lower");
    assertThat(r.graph().mentionAt(6)).isNotNull();
  }
}
