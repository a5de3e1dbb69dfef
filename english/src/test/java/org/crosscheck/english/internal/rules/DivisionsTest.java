package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionsTest {

  @Test
  void aSummitSplitOverAReadmissionSupportsNoOne() {
    Readings.Reading r = Readings.of("summit-splits-over-readmission");
    assertThat(Divisions.divided(r.graph(), r.node("summit"))).isTrue();
    assertThat(Readings.claims("summit-splits-over-readmission")).isEmpty();
  }

  @Test
  void alliesDividedOverAnAccessionTakeNoSide() {
    assertThat(Readings.claims("allies-divided-over-accession")).isEmpty();
    assertThat(Readings.claims("allies-were-split-over-bid")).isEmpty();
  }

  @Test
  void aSummitThatWelcomedAReadmissionStillSupportsTheReadmitted() {
    Readings.Reading r = Readings.of("summit-welcomed-readmission");
    assertThat(Divisions.divided(r.graph(), r.node("summit"))).isFalse();
    assertThat(Readings.claims("summit-welcomed-readmission")).containsExactly("AU SUPPORT Sudan");
  }
}
