package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClashCasualtiesTest {

  @Test
  void theDeadOfAClashAreNoTargetOfEitherSide() {
    assertThat(Readings.claims("clash-killing-fighters")).noneMatch(c -> c.endsWith("fighters"))
        .anyMatch(c -> c.endsWith("SDF"));
  }

  @Test
  void theDeadOfAnAttackStayTheAttackersTarget() {
    assertThat(Readings.claims("attack-killing-soldiers")).contains("Jihadist fighters OPPOSE soldiers");
  }
}
