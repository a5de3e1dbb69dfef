package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AscriptionsTest {

  @Test
  void theOneADeedIsBlamedOnIsTheTargetNotTheDeedsOwner() {
    assertThat(Readings.claims("blame-on-possessed")).containsExactly("Kenya OPPOSE rebels");
  }

  @Test
  void theOnPhraseTheParserHangsOnTheObjectIsTheOneBlamed() {
    assertThat(Readings.claims("blame-on-plain")).containsExactly("Kenya OPPOSE rebels");
  }

  @Test
  void aDeedBlamedOnAThingIsNoStanceTowardItsOwner() {
    assertThat(Readings.claims("blame-on-thing")).noneMatch(c -> c.endsWith("Uganda"));
  }
}
