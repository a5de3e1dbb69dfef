package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlementsTest {

  @Test
  void payingAFineBacksNoOne() {
    assertThat(Readings.claims("settle-fine")).containsExactly("Google SUPPORT -");
  }

  @Test
  void payingToSettleChargesBacksNoOne() {
    Readings.Reading r = Readings.of("settle-charges");
    assertThat(Settlements.settles(r.graph(), r.node("agreed"))).isTrue();
    assertThat(Readings.claims("settle-charges")).containsExactly("Boeing SUPPORT -");
  }

  @Test
  void agreeingToSettleWithoutPayingIsLeftAlone() {
    assertThat(Readings.claims("settle-resolve-dispute")).contains("Ethiopia SUPPORT Egypt");
  }

  @Test
  void payingCompensationIsLeftAlone() {
    assertThat(Readings.claims("settle-compensation")).isNotEmpty().allMatch(c -> c.equals("Germany SUPPORT Namibia"));
  }
}
