package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class PressuresTest {

  @Test
  void pressureFromAGroupIsTowardWhoActsUnderIt() {
    Readings.Reading r = Readings.of("under-pressure");
    assertThat(Pressures.borne(r.graph(), r.node("pressure"))).isTrue();
    assertThat(Readings.drafts("under-pressure")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("farmers");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ecuadorean government");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void pressureDespiteWhichOneRefusesIsTowardWhoRefuses() {
    assertThat(Readings.drafts("despite-pressure")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Senegal");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Malian president");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void talksAfterWhichOneActsAreASettingNotPressure() {
    Readings.Reading r = Readings.of("after-talks-with");
    assertThat(Pressures.borne(r.graph(), r.node("talks"))).isFalse();
    assertThat(Readings.drafts("after-talks-with")).noneMatch(d -> d.holder().text().equals("Senegal"));
  }

  @Test
  void criticismAfterWhichOneActsIsNoMereSetting() {
    assertThat(Readings.drafts("after-criticism")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Malawi");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Zambian minister");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }
}
