package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentVerbsTest {

  @Test
  void seekingToDoAnActOfNoStanceBacksNobody() {
    assertThat(Readings.claims("seek-blunt")).isEmpty();
  }

  @Test
  void seekingToDoAnActOfStanceKeepsThatStance() {
    assertThat(Readings.claims("seek-cue")).contains("Turkey SUPPORT Iraq");
    Readings.Reading r = Readings.of("seek-cue");
    assertThat(IntentVerbs.empty(r.graph(), r.node("seeks"))).isFalse();
    Readings.Reading dictionary = Readings.of("seek-dictionary");
    assertThat(IntentVerbs.empty(dictionary.graph(), dictionary.node("plans"))).isFalse();
  }
}
