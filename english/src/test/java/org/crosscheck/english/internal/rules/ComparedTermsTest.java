package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparedTermsTest {

  @Test
  void theStandardOfAComparisonIsNoTarget() {
    Readings.Reading r = Readings.of("than-comparison");
    assertThat(ComparedTerms.standard(r.graph(), r.node("Russia"))).isTrue();
    assertThat(ComparedTerms.standard(r.graph(), r.node("Europe"))).isFalse();
    assertThat(Readings.claims("than-comparison")).containsExactly("Hungary's government OPPOSE -");
  }
}
