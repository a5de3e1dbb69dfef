package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HypotheticalDeedsTest {

  @Test
  void anAttackImaginedInAHedgedClauseIsNoOnesDeed() {
    assertThat(Readings.claimIds("hypothetical-attack")).noneMatch(c -> c.startsWith("CHN"));
  }

  @Test
  void anAttackToldAsAFactKeepsItsClaimWithAnIndefiniteArticle() {
    assertThat(Readings.claimIds("indefinite-attack-told")).contains("RUS OPPOSE UKRGOV");
  }

  @Test
  void aHedgedAttackNamedAsOneKnownKeepsItsClaim() {
    assertThat(Readings.claimIds("hedged-definite-attack")).contains("RUS OPPOSE UKRGOV");
  }

  @Test
  void aHedgedMeasureOfAnotherKindKeepsItsClaim() {
    assertThat(Readings.claimIds("hedged-loan-to")).contains("CHN SUPPORT KHM");
    assertThat(Readings.drafts("hedged-ban-on")).anyMatch(d -> d.cue().equals("ban"));
  }
}
