package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectorAdjectivesTest {

  @Test
  void aSectorNamedByAnAdjectiveBeforeANounIsItsStatesAct() {
    assertThat(Readings.claims("military-aid-state")).containsExactly("U.S. SUPPORT Egypt");
  }

  @Test
  void aSectorNamedByANounStaysTheSector() {
    assertThat(Readings.claims("military-aid-noun")).containsExactly("U.S. military SUPPORT Egypt");
  }
}
