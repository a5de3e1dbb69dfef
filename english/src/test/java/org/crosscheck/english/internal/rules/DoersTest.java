package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoersTest {

  @Test
  void aCaptorNamedByAParticipleIsNoTargetOfADemandForTheCaptivesRelease() {
    assertThat(Readings.claims("release-detained")).noneMatch(c -> c.contains("navy"));
  }
}
