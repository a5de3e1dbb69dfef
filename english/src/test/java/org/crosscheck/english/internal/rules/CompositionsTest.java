package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class CompositionsTest {

  @Test
  void anAllianceOfUnionsBesideAFrontSaysWhatTheFrontIsMadeOf() {
    Readings.Reading r = Readings.of("front-alliance-of-unions");
    assertThat(Compositions.describes(r.graph(), r.node("alliance"))).isTrue();
    assertThat(Readings.drafts("front-alliance-of-unions"))
        .noneSatisfy(d -> assertThat(d.target()).isPresent())
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("Liberty Front");
          assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
          assertThat(d.cue()).isEqualTo("backed");
        });
  }

  @Test
  void anAllianceWithUnionsIsStillSupportForThem() {
    Readings.Reading r = Readings.of("front-alliance-with-unions");
    assertThat(Compositions.describes(r.graph(), r.node("alliance"))).isFalse();
    assertThat(Readings.drafts("front-alliance-with-unions")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Liberty Front");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("farm unions");
    });
  }
}
