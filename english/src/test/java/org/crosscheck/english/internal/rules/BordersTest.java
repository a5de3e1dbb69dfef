package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class BordersTest {

  @Test
  void aNeighbourDeepInTheTargetPhraseIsOnlyWhereTheBorderRuns() {
    Readings.Reading r = Readings.of("border-change-warned");
    assertThat(Borders.neighbourOnly(r.graph(), r.node("border"), r.node("Bolivia"), 1)).isTrue();
    assertThat(Readings.drafts("border-change-warned")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aBorderClosedIsTowardTheNeighbour() {
    Readings.Reading r = Readings.of("border-closed");
    assertThat(Borders.neighbourOnly(r.graph(), r.node("border"), r.node("Serbia"), 0)).isFalse();
    assertThat(Readings.drafts("border-closed")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Hungary");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Serbia");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }
}
