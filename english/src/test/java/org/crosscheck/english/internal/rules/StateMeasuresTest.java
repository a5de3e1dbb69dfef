package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateMeasuresTest {

  @Test
  void anArmedGroupReadAsImposingSanctionsHoldsNoClaim() {
    assertThat(Readings.claimIds("reported-conj-sanctions")).containsExactly("USA OPPOSE rapid-support-forces");
    assertThat(Readings.claimIds("reported-conj-sanctions-organisation"))
        .containsExactly("USA OPPOSE adhoc:organisation:tamarod-group");
  }
}
