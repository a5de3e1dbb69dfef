package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsylumGrantsTest {

  @Test
  void asylumForADefectingOfficerBacksNotTheForceHeFled() {
    assertThat(Readings.claims("asylum-1")).containsExactly("Poland SUPPORT -");
  }

  @Test
  void asylumForADissidentStillBacksHisSide() {
    assertThat(Readings.claims("asylum-2")).containsExactly("France SUPPORT Iranian dissident");
  }

  @Test
  void aGrantOfAnythingElseKeepsItsTarget() {
    assertThat(Readings.claims("asylum-3")).containsExactly("Poland SUPPORT Belarusian officials");
  }
}
