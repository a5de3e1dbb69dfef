package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RoutesTest {

  @Test
  void theStateWhoseTerritoryAPipelineCrossesIsNoFallbackTarget() {
    Readings.Reading r = Readings.of("route-through-territory");
    assertThat(Routes.crossed(r.graph(), r.node("Russian"))).isTrue();
    assertThat(Routes.crossed(r.graph(), r.node("Tbilisi"))).isFalse();
    assertThat(Readings.drafts("route-through-territory")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Tbilisi");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }
}
