package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RaisedObjectsTest {

  @Test
  void aStrandedPrepositionTakesTheNameTheCoordinationEndsIn() {
    Readings.Reading r = Readings.of("raised-ties-with-consulate-in");
    assertThat(RaisedObjects.shared(r.graph(), r.node("consulate")).word()).isEqualTo("Qatar");
    assertThat(RaisedObjects.shared(r.graph(), r.node("ties"))).isNull();
    assertThat(Readings.drafts("raised-ties-with-consulate-in")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Peru");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Qatar");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void relationsRestoredWithAndAnEmbassyReopenedInAStateAreTowardIt() {
    assertThat(Readings.drafts("raised-relations-with-embassy-in")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ecuador");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }
}
