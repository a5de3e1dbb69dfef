package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class UndergoersTest {

  @Test
  void whoComesUnderCriticismIsItsTarget() {
    assertThat(Readings.drafts("came-under")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Uganda");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kenya");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void criticismFromNobodyIsNoClaim() {
    assertThat(Readings.drafts("faced-no-holder")).isEmpty();
  }
}
