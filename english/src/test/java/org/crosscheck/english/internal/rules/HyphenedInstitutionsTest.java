package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenedInstitutionsTest {

  @Test
  void aStatesArmyBackedGovernmentIsTheStatesGovernment() {
    assertThat(Readings.claimIds("hyphened-government")).containsExactly("PERGOV OPPOSE CHL");
  }

  @Test
  void anotherNounAfterTheHyphenedWordIsLeftToTheRulesOfBacking() {
    Readings.Reading r = Readings.of("hyphened-militias");
    HyphenedInstitutions.add(r.graph());
    assertThat(r.graph().mentionAt(5)).isNull();
  }

  @Test
  void withoutAHyphenTheStatesArmyStaysItsArmy() {
    Readings.Reading r = Readings.of("hyphened-none");
    HyphenedInstitutions.add(r.graph());
    assertThat(r.graph().mentionAt(2).actor().id()).isEqualTo("PERMIL");
  }
}
