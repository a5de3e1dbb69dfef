package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class FeelingsTest {

  @Test
  void aPlanDefendedAmidAnotherStatesAngerIsNoSupportOfThatState() {
    Readings.Reading r = Readings.of("amid-feeling");
    assertThat(Feelings.feeler(r.graph(), r.node("Ugandan"))).isTrue();
    assertThat(Readings.drafts("amid-feeling")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenya");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aDamApprovedDespiteAStatesConcernIsNoSupportOfThatState() {
    assertThat(Readings.drafts("despite-feeling")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Serbia");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStateBackedAmidAnotherStatesAngerStaysTheTarget() {
    assertThat(Readings.drafts("backed-amid-feeling")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Tanzania");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("UGA");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void angerThatIsTheObjectOfTheActIsNoSetting() {
    Readings.Reading r = Readings.of("feeling-dismissed");
    assertThat(Feelings.feeler(r.graph(), r.node("Ugandan"))).isFalse();
  }
}
