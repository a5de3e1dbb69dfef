package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackingsTest {

  @Test
  void theBackerOfAnActIsNoTargetOfIt() {
    Readings.Reading r = Readings.of("host-with-backing");
    assertThat(Backings.backer(r.graph(), r.node("backing"), "obl:with")).isTrue();
    assertThat(Backings.backer(r.graph(), r.node("backing"), "obl:for")).isFalse();
    assertThat(Readings.drafts("host-with-backing")).noneMatch(d -> d.target().isPresent());
  }

  @Test
  void aTalkPartnerAfterWithStaysATarget() {
    Readings.Reading r = Readings.of("talks-with-leaders-of");
    assertThat(Backings.backer(r.graph(), r.node("leaders"), "obl:with")).isFalse();
  }

  @Test
  void whoeverHelpsTheActIsNoFallbackTargetOfIt() {
    assertThat(Readings.claims("coagent-with-help-from")).noneMatch(c -> c.endsWith("Saudi Arabia"));
  }

  @Test
  void whoPressedForTheActIsNoTargetOfIt() {
    assertThat(Readings.claims("brokered-with-pressure")).noneMatch(c -> c.contains("Trump"));
  }
}
