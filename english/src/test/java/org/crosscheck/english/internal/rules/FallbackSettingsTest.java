package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The setting of an act ("amid Y's anger", "after talks with Y") gives no fallback target (FallbackTarget). */
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
}
