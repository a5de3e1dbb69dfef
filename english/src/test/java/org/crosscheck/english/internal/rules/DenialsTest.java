package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DenialsTest {

  @Test
  void aDenialAfterAnAccusationAnswersItAndTheAccusationStands() {
    Readings.Reading r = Readings.of("accuses-then-denies");
    assertThat(Denials.answers(r.graph(), r.node("denies"), r.node("accuses"))).isTrue();
    assertThat(Readings.drafts("accuses-then-denies")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Chad");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Sudan"));
      assertThat(d.stance()).hasToString("OPPOSE");
      assertThat(d.negated()).isFalse();
    });
  }

  @Test
  void aDenialAfterADeedStillReportsTheDeedAsDenied() {
    Readings.Reading r = Readings.of("shelled-then-denies");
    assertThat(Denials.answers(r.graph(), r.node("denies"), r.node("shelled"))).isFalse();
    assertThat(Readings.drafts("shelled-then-denies")).noneSatisfy(d -> assertThat(d.negated()).isFalse());
  }
}
