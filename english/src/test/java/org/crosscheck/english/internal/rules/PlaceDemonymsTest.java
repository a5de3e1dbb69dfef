package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceDemonymsTest {

  @Test
  void anAttackInACapitalNamedByItsDemonymIsNoStanceTowardTheState() {
    assertThat(Readings.claims("capital-hotel")).containsExactly("Al-Shabaab fighters OPPOSE -");
  }

  @Test
  void aTownNearWhichSomethingHappensNamesNoTarget() {
    assertThat(Readings.claims("capital-town-of")).containsExactly("Rebels OPPOSE -");
  }

  @Test
  void theProvinceNamedAfterOfIsNoTargetEither() {
    assertThat(Readings.claims("capital-province")).containsExactly("Militants OPPOSE -");
  }

  @Test
  void whatHappensOffAStateIsNoStanceTowardIt() {
    assertThat(Readings.claims("capital-off")).containsExactly("Houthi rebels OPPOSE -");
  }

  @Test
  void aCapitalThatIsWhatTheVerbActsOnKeepsItsState() {
    assertThat(Readings.claims("capital-object-control")).containsExactly("Israeli warplanes OPPOSE Lebanese");
    assertThat(Readings.claims("capital-foreign-ground-control")).containsExactly("Israeli warplanes OPPOSE Lebanon");
  }

  @Test
  void onlyTheDemonymOfAPlacePhraseLocates() {
    Readings.Reading r = Readings.of("capital-town-of");
    assertThat(PlaceDemonyms.locates(r.graph(), r.node("Sudanese"))).isTrue();
    Readings.Reading o = Readings.of("capital-object-control");
    assertThat(PlaceDemonyms.locates(o.graph(), o.node("Lebanese"))).isFalse();
  }

  @Test
  void aStrikeByAnotherStatesForceOnItsGroundKeepsThatState() {
    assertThat(Readings.claims("capital-foreign-region")).containsExactly("Ukrainian drones OPPOSE Russian");
    assertThat(Readings.claims("capital-foreign-capital")).containsExactly("Israeli jets OPPOSE Syrian");
  }
}
