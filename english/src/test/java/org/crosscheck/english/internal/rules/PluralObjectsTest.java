package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralObjectsTest {

  @Test
  void theySayingSanctionsWouldHurtAreTheSanctionsNotTheGovernment() {
    Readings.Reading r = Readings.of("they-ruled-out-sanctions");
    assertThat(PluralObjects.antecedent(r.graph(), r.node("they"), r.node("ruled"), r.node("government")))
        .isEqualTo(r.node("sanctions"));
    assertThat(Readings.claims("they-ruled-out-sanctions")).isEmpty();
  }

  @Test
  void theySaidToHaveAttackedAreTheProtestersArrested() {
    assertThat(Readings.claims("they-arrested-protesters"))
        .containsExactlyInAnyOrder("Kenyan army OPPOSE protesters", "protesters OPPOSE Ugandan traders");
  }

  @Test
  void aPluralSubjectStaysThePronouns() {
    Readings.Reading r = Readings.of("they-plural-subject");
    assertThat(PluralObjects.antecedent(r.graph(), r.node("they"), r.node("blocked"), r.node("Protesters"))).isNull();
  }

  @Test
  void theyAfterAConjoinedVerbStandsForItsObject() {
    assertThat(Readings.claims("they-conj-object")).containsExactly("Myanmar's army OPPOSE -");
  }
}
