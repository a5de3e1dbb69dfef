package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreachesTest {

  @Test
  void theBodyWhoseResolutionsADeedViolatedIsNoTargetOfItsCondemnation() {
    assertThat(Readings.claims("breach-owner")).containsExactly("Peru OPPOSE -");
  }

  @Test
  void theStateWhoseSovereigntyADeedBreachedIsNoTargetOfItsCondemnation() {
    assertThat(Readings.claims("breach-demonym")).containsExactly("Ghana OPPOSE -");
  }

  @Test
  void aBreachThatIsTheCondemnedThingKeepsItsDoerAsTarget() {
    assertThat(Readings.claims("breach-cue")).containsExactly("Nepal OPPOSE Indian jets");
  }

  @Test
  void theStateWhoseAirspaceAGerundMisreadAsAnAdjectiveViolatedIsNoTarget() {
    assertThat(Readings.claims("breach-verb-fallback")).containsExactly("Greece OPPOSE -");
  }

  @Test
  void theStateWhoseSovereigntyTheAccusedAreSaidToUndermineIsNoTargetOfTheAccusation() {
    assertThat(Readings.claims("accused-object-infinitive")).doesNotContain("Russian embassy OPPOSE Mali");
  }

  @Test
  void theStateWhoseSovereigntyACondemnedDeedUnderminesIsNoTarget() {
    assertThat(Readings.claims("condemned-as-undermining")).containsExactly("Greece OPPOSE -");
  }

  @Test
  void theStateWhoseSovereigntyADeedIsCalledContraryToIsNoTarget() {
    assertThat(Readings.claims("breach-contrary-to")).containsExactly("Tehran OPPOSE -");
    assertThat(Readings.claims("breach-contrary-poss")).containsExactly("Tehran OPPOSE -");
  }
}
