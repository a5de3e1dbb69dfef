package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EraNamesTest {

  @Test
  void aNameThatDatesAThingIsNoPartyToWhatIsDoneToIt() {
    Readings.Reading r = Readings.of("era-hyphen");
    assertThat(r.graph().mentionOf(r.node("Soviet"))).isNull();
    assertThat(Readings.claims("era-hyphen")).noneMatch(c -> c.contains("Soviet"));
  }
}
