package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionalDemonymsTest {

  @Test
  void latinAmericanGovernmentsAreNotTheAmericanGovernment() {
    Readings.Reading r = Readings.of("regional-demonym");
    assertThat(r.graph().mentionOf(r.node("American"))).isNull();
    assertThat(r.graph().mentionOf(r.node("Cuba")).actor().id()).isEqualTo("CUB");
    assertThat(Readings.claims("regional-demonym")).noneMatch(c -> c.startsWith("American"));
  }

  @Test
  void aRegionNamedAfterAStateIsNoMentionOfIt() {
    Readings.Reading r = Readings.of("region-name-america");
    assertThat(r.graph().mentionOf(r.node("America"))).isNull();
  }
}
