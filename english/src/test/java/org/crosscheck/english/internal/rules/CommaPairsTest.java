package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommaPairsTest {

  @Test
  void headlineCommaBeforeAPluralVerbJoinsTwoPartiesToATruce() {
    Readings.Reading r = Readings.of("comma-pair-army-agree");
    assertThat(CommaPairs.partners(r.graph(), r.node("agree"), r.node("army"))).containsExactly(r.node("Eritrea"));
    assertThat(Readings.claims("comma-pair-army-agree"))
        .containsExactlyInAnyOrder("Ethiopia's army SUPPORT Eritrea", "Eritrea SUPPORT Ethiopia's army");
  }

  @Test
  void twoStatesRestoringTiesAfterACommaHoldTheTieBothWays() {
    assertThat(Readings.claims("comma-pair-restore-ties"))
        .containsExactlyInAnyOrder("Chile SUPPORT Peru", "Peru SUPPORT Chile");
  }

  @Test
  void anAppositionBeforeASingularVerbStaysOneHolder() {
    Readings.Reading r = Readings.of("comma-apposition-kept");
    assertThat(CommaPairs.partners(r.graph(), r.node("praises"), r.node("president"))).isEmpty();
  }
}
