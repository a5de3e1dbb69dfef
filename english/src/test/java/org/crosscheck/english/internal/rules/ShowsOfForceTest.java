package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShowsOfForceTest {

  @Test
  void troopsPutOnAlertAreTheHoldersOwnAndNoTarget() {
    Readings.Reading r = Readings.of("sf-alert-troops");
    assertThat(ShowsOfForce.shows(r.graph(), r.node("put"))).isTrue();
    assertThat(Readings.claims("sf-alert-troops")).noneMatch(c -> c.endsWith("troops"));
  }

  @Test
  void troopsAttackedAreWhomTheAttackIsOn() {
    Readings.Reading r = Readings.of("sf-attacked-troops");
    assertThat(ShowsOfForce.shows(r.graph(), r.node("attacked"))).isFalse();
    assertThat(Readings.claims("sf-attacked-troops")).containsExactly("Russia OPPOSE Ukrainian troops");
  }
}
