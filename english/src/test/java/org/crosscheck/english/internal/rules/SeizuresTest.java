package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeizuresTest {

  @Test
  void drugsSeizedFromNobodyNamedAreNoStance() {
    assertThat(Readings.claims("seized-drugs")).isEmpty();
    assertThat(Readings.claims("seized-boxes-of")).isEmpty();
    assertThat(Readings.claims("seized-shipment")).isEmpty();
  }

  @Test
  void goodsSeizedFromANamedOwnerOpposeTheOwner() {
    assertThat(Readings.claims("seized-cash-owner")).containsExactly("Kenyan police OPPOSE Somali traders");
  }
}
