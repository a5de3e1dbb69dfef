package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdersTest {

  @Test
  void aCourtOrderingAStateToEnableAidIsNoSupportOfThatState() {
    Readings.Reading r = Readings.of("order-enable-aid");
    assertThat(Orders.asksAct(r.graph(), r.node("ordered"))).isTrue();
    assertThat(Readings.claims("order-enable-aid")).noneMatch(c -> c.endsWith(" Israel"));
  }

  @Test
  void policeOrderedToReleaseAPrisonerAreNoDeploymentAgainstHim() {
    assertThat(Readings.claims("order-police-release")).containsExactly("court in Pakistan SUPPORT Imran Khan");
  }

  @Test
  void diplomatsOrderedToLeaveKeepTheDictionarysExpulsion() {
    Readings.Reading r = Readings.of("order-diplomats-leave");
    assertThat(Orders.asksAct(r.graph(), r.node("ordered"))).isFalse();
    assertThat(Readings.claims("order-diplomats-leave")).containsExactly("Algeria OPPOSE French diplomats");
  }
}
