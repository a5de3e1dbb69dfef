package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrongholdsTest {

  @Test
  void shellingRebelPositionsOpposesTheRebels() {
    assertThat(Readings.claims("strongholds-rebel")).containsExactly("Sudan's army OPPOSE rebel");
  }

  @Test
  void shellingInsurgentHideoutsOpposesTheInsurgents() {
    assertThat(Readings.claims("strongholds-insurgent")).containsExactly("Iraqi army OPPOSE insurgent");
  }

  @Test
  void shellingCivilianHomesNamesNoGroupAsTarget() {
    assertThat(Readings.claims("strongholds-homes")).containsExactly("Sudan's army OPPOSE -");
  }

  @Test
  void shellingRefugeeCampsMakesNoTargetOfTheRefugees() {
    assertThat(Readings.claims("strongholds-refugee")).containsExactly("Myanmar's army OPPOSE -");
  }
}
