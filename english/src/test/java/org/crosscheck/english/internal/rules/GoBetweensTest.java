package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoBetweensTest {

  @Test
  void aGoBetweenContactsEachPartyItGoesBetween() {
    assertThat(Readings.claims("mediated-between")).containsExactly("Qatar NEUTRAL Hamas", "Qatar NEUTRAL Israel");
    assertThat(Readings.claims("brokered-truce-between"))
        .containsExactly("Egypt NEUTRAL Hamas", "Egypt NEUTRAL Israel");
  }

  @Test
  void hostingTalksBetweenTwoPartiesContactsBoth() {
    assertThat(Readings.claims("hosted-talks-between"))
        .containsExactly("Turkey NEUTRAL Russia", "Turkey NEUTRAL Ukraine");
  }
}
