package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class GatheringsTest {

  @Test
  void whoeverHoldsAMarchIsTheTargetOfItsCondemnation() {
    assertThat(Readings.drafts("march-by")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ghanaian government");
      assertThat(d.target().orElseThrow().text()).isEqualTo("striking nurses");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aPossessiveNamesWhoHoldsARally() {
    Readings.Reading r = Readings.of("rally-possessive");
    assertThat(Gatherings.holder(r.graph(), r.node("rally"), java.util.List.of()).text()).isEqualTo("farmers");
    assertThat(Readings.drafts("rally-possessive")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("farmers");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aCrowdOnlyCountedHoldsNoMarch() {
    Readings.Reading r = Readings.of("march-counted");
    assertThat(Gatherings.holder(r.graph(), r.node("march"), java.util.List.of())).isNull();
    assertThat(Readings.drafts("march-counted")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aStrikeCalledToProtestIsTheProtestOfThoseWhoCalledIt() {
    Readings.Reading r = Readings.of("strike-to-protest");
    assertThat(Gatherings.purpose(r.graph(), r.node("protest"))).isTrue();
    assertThat(Complements.governed(r.graph(), r.node("protest"), null)).isFalse();
    assertThat(Readings.drafts("strike-to-protest")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Trade unions in Nigeria");
      assertThat(d.cue()).isEqualTo("protest");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }
}
