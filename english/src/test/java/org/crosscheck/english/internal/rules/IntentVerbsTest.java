package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentVerbsTest {

  @Test
  void seekingToDoAnActOfNoStanceBacksNobody() {
    assertThat(Readings.claims("seek-blunt")).isEmpty();
  }

  @Test
  void seekingToDoAnActOfStanceLeavesTheStanceToTheAct() {
    assertThat(Readings.drafts("seek-cue")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
      assertThat(d.cue()).contains("strengthen");
    });
    Readings.Reading r = Readings.of("seek-cue");
    assertThat(IntentVerbs.empty(r.graph(), r.node("seeks"))).isTrue();
    Readings.Reading dictionary = Readings.of("seek-dictionary");
    assertThat(IntentVerbs.empty(dictionary.graph(), dictionary.node("plans"))).isTrue();
  }
}
