package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class LedGroupsTest {

  private static ActorSpan at(String id, String word) {
    Readings.Reading r = Readings.of(id);
    return LedGroups.at(r.graph(), r.node(word));
  }

  @Test
  void aCoalitionLedByAStateActsAsAGroupUnderThatState() {
    ActorSpan coalition = at("led-coalition", "coalition");
    assertThat(coalition.text()).isEqualTo("Saudi-led coalition");
    assertThat(coalition.actor().isAdHoc()).isTrue();
    assertThat(coalition.actor().memberOf()).extracting(f -> f.actor()).containsExactly("SAU");
    assertThat(Readings.drafts("led-coalition")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Saudi-led coalition");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("rebel");
    });
  }

  @Test
  void aGroupItsSubjectLeadsIsNoTargetOfTheLeader() {
    Readings.Reading r = Readings.of("led-imf-mission");
    assertThat(LedGroups.own(r.graph(), r.node("led"), r.node("mission"))).isTrue();
    assertThat(Readings.drafts("led-imf-mission")).isEmpty();
  }

  @Test
  void theLeaderTheParserLeavesOutOfTheGraphIsFoundBeforeTheHyphen() {
    ActorSpan forces = at("led-forces", "forces");
    assertThat(forces.text()).isEqualTo("US-led forces");
    assertThat(forces.actor().memberOf()).extracting(f -> f.actor()).containsExactly("USA");
  }

  @Test
  void aCoalitionNobodyLeadsIsNobody() {
    assertThat(at("coalition-alone", "coalition")).isNull();
    assertThat(Readings.drafts("coalition-alone")).isEmpty();
  }

  @Test
  void whoLeadsAGroupIsNoActOfTheLeader() {
    assertThat(Readings.claims("hyphen-led-attack")).containsExactly("Hamas-led militants OPPOSE Israel");
  }
}
