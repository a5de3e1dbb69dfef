package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class OwnStakesTest {

  /** The memory after "Georgian Prime Minister Levan Dadiani met the envoy on Monday." */
  private static Discourse afterTitle() {
    Discourse d = new Discourse();
    Readings.claims("aff-8", d);
    return d;
  }

  @Test
  void aPrimeMinisterFreezingHisStatesParticipationActsForIt() {
    assertThat(Readings.claims("aff-9")).contains("Dadiani OPPOSE Georgia");
    assertThat(Readings.claims("aff-9", afterTitle())).doesNotContain("Dadiani OPPOSE Georgia");
  }

  @Test
  void freezingAnotherStatesParticipationIsAStanceAgainstIt() {
    assertThat(Readings.claims("aff-10", afterTitle())).contains("Dadiani OPPOSE Russia");
  }
}
