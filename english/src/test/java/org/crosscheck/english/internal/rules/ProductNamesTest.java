package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductNamesTest {

  @Test
  void jetsSoldAreAimedAtTheBuyerNotAtTheirMake() {
    assertThat(Readings.claims("prod-jets")).containsExactly("France SUPPORT India");
  }
}
