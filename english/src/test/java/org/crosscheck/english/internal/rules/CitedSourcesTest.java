package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitedSourcesTest {

  @Test
  void theSourcesAppositionReadAsASecondSubjectHoldsNothing() {
    assertThat(Readings.claims("cited-source-subject")).containsExactly("Wang SUPPORT KMT");
  }

  @Test
  void theSubjectReadAsTheSourcesAppositionHoldsTheStance() {
    assertThat(Readings.claims("cited-source-apposed")).containsExactly("Wang SUPPORT Cambodia");
  }
}
