package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RescuesTest {

  @Test
  void whomHostagesAreRescuedFromIsNoOneTheRescueBacks() {
    assertThat(Readings.claims("rescue-from")).noneMatch(c -> c.contains("Shabaab"))
        .containsExactly("Kenyan troops SUPPORT -");
  }

  @Test
  void theAbusesVillagersAreFreedFromAreNoOneTheFreeingBacks() {
    assertThat(Readings.claims("rescue-abuses")).noneMatch(c -> c.contains("Ugand"));
  }
}
