package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnObjectsTest {

  @Test
  void anActOnOnesOwnThingIsNoStance() {
    Readings.Reading r = Readings.of("own-object");
    assertThat(OwnObjects.own(r.graph(), r.node("defend"))).isTrue();
    assertThat(Readings.drafts("own-object")).isEmpty();
  }

  @Test
  void anActOnAnotherIsAStanceTowardThem() {
    Readings.Reading r = Readings.of("own-object-other");
    assertThat(OwnObjects.own(r.graph(), r.node("defend"))).isFalse();
    assertThat(Readings.drafts("own-object-other")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Japan"));
  }

  @Test
  void anActOnOnlyTheSelfIsNoStance() {
    Readings.Reading r = Readings.of("own-reflexive");
    assertThat(OwnObjects.own(r.graph(), r.node("defend"))).isTrue();
    assertThat(Readings.drafts("own-reflexive")).isEmpty();
  }

  @Test
  void anActOnOthersAndTheSelfKeepsItsClaim() {
    Readings.Reading r = Readings.of("own-reflexive-others");
    assertThat(OwnObjects.own(r.graph(), r.node("killed"))).isFalse();
    assertThat(Readings.drafts("own-reflexive-others")).anyMatch(d -> d.cue().equals("killed"));
  }
}
