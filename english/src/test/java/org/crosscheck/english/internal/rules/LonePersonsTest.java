package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LonePersonsTest {

  @Test
  void oneUnnamedPersonADeedBefallsIsNoTarget() {
    assertThat(Readings.claims("killing-a-farmer")).noneMatch(c -> c.endsWith("farmer"));
  }

  @Test
  void aPluralOfSuchPeopleStaysATarget() {
    assertThat(Readings.claims("killing-farmers")).contains("Thai troops OPPOSE farmers");
  }
}
