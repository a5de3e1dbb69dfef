package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PowersTest {

  @Test
  void whatARelativeClauseSaysABodyCanDoIsNoActOfIt() {
    assertThat(Readings.drafts("power-relative-verb")).noneMatch(d -> d.cue().contains("overturn"));
  }

  @Test
  void aMeasureTheBodyCanImposeIsNoActEither() {
    assertThat(Readings.drafts("power-relative-noun")).noneMatch(d -> d.target().isPresent()
        && d.target().get().text().equals("Kosovo"));
  }

  @Test
  void whatABodyCannotDoIsStillItsRefusal() {
    assertThat(Readings.drafts("power-relative-denied")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("African Union");
      assertThat(d.cue()).contains("accept");
      assertThat(d.negated()).isTrue();
    });
  }
}
