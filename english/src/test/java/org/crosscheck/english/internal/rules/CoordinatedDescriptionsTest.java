package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatedDescriptionsTest {

  @Test
  void aCriticCoordinatedIntoAnAppositionIsThePersonItDescribes() {
    assertThat(Readings.claims("coord-desc-misparsed")).containsExactly("Maria Lopez OPPOSE Takeda");
  }

  @Test
  void onlyAnIndefiniteDescriptionIsClimbedFromNotTheNameItHangsOn() {
    Readings.Reading r = Readings.of("coord-desc-misparsed");
    assertThat(CoordinatedDescriptions.described(r.graph(), r.node("critic")).word()).isEqualTo("Lopez");
    assertThat(CoordinatedDescriptions.described(r.graph(), r.node("Party"))).isNull();
  }
}
