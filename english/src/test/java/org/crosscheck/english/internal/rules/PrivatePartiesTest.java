package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivatePartiesTest {

  @Test
  void sanctionsOnAStatesMoneyChangersAreNoStanceTowardTheState() {
    assertThat(Readings.claims("private-money-changers")).noneMatch(c -> c.contains("Lebanon"));
    assertThat(Readings.claims("private-oligarchs")).noneMatch(c -> c.contains("Russia"));
  }

  @Test
  void aFineOnAStatesClubIsNoStanceTowardTheState() {
    assertThat(Readings.claims("private-club")).noneMatch(c -> c.contains("Ghana"));
  }

  @Test
  void sanctionsOnAStatesOfficialsStillOpposeItsGovernment() {
    assertThat(Readings.claims("private-officials")).singleElement().asString().startsWith("Italy OPPOSE Russia");
  }
}
