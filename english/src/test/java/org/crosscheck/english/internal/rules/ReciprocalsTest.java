package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ReciprocalsTest {

  @Test
  void blamingEachOtherIsOppositionBothWays() {
    Readings.Reading r = Readings.of("blamed-each-other");
    assertThat(Reciprocals.aimed(r.graph(), r.node("blamed"))).isTrue();
    assertThat(Readings.drafts("blamed-each-other")).hasSize(2).allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isPresent();
      assertThat(d.target().orElseThrow().text()).isNotEqualTo(d.holder().text());
    });
  }

  @Test
  void aNamedObjectIsNoReciprocal() {
    Readings.Reading r = Readings.of("shared-intelligence");
    assertThat(Reciprocals.aimed(r.graph(), r.node("shared"))).isFalse();
  }

  @Test
  void anActTowardEachOthersPeopleHoldsBothWays() {
    Readings.Reading r = Readings.of("reciprocal-possessor");
    assertThat(Reciprocals.aimed(r.graph(), r.node("opened"))).isTrue();
    assertThat(Readings.claims("reciprocal-possessor")).containsExactlyInAnyOrder(
        "Greece SUPPORT Albania", "Albania SUPPORT Greece");
  }

  @Test
  void subjectsMeetingSomeoneTheObjectNamesDoNotMeetEachOther() {
    assertThat(Readings.claims("met-others"))
        .noneMatch(c -> c.equals("Sudan NEUTRAL Chad") || c.equals("Chad NEUTRAL Sudan"));
    assertThat(Readings.claims("met-each-other")).contains("Sudan NEUTRAL Chad", "Chad NEUTRAL Sudan");
  }
}
