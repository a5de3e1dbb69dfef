package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

/**
 * The setting of an act ("amid Y's anger", "despite Y's concern", "after talks with Y") gives no fallback target
 * (FallbackTarget).
 */
class FallbackSettingsTest {

  @Test
  void aDealDefendedAmidAStatesAngerIsNoSupportForThatState() {
    assertThat(Readings.claims("setting-amid-anger")).noneMatch(c -> c.contains("Tanzania"));
  }

  @Test
  void aVetoDroppedAfterTalksWithAStateIsNoStanceTowardThatState() {
    assertThat(Readings.claims("setting-after-talks")).noneMatch(c -> c.contains("Germany"));
  }

  @Test
  void aSettingWithNoActorLeavesTheFallbackTargetAlone() {
    assertThat(Readings.claims("setting-none-fallback")).containsOnly("Kenya SUPPORT Somali");
  }

  @Test
  void aPlanDefendedAmidAnotherStatesAngerIsNoSupportOfThatState() {
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
}
