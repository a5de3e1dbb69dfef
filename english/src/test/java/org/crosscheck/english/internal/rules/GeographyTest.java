package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class GeographyTest {

  @Test
  void sharingABorderIsNoSupport() {
    Readings.Reading r = Readings.of("shares-border");
    assertThat(Geography.states(r.graph(), r.node("shares"))).isTrue();
    assertThat(Readings.drafts("shares-border")).noneMatch(d -> d.cue().contains("share"));
  }

  @Test
  void sharingSomethingElseStillIsSupport() {
    Readings.Reading r = Readings.of("shared-intelligence");
    assertThat(Geography.states(r.graph(), r.node("shared"))).isFalse();
    assertThat(Readings.drafts("shared-intelligence")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Egypt");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }
}
