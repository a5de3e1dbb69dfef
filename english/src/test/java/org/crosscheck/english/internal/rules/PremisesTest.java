package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PremisesTest {

  @Test
  void attackInTheIfClauseOfAThreatIsNoClaimOfTheAttacker() {
    Readings.Reading r = Readings.of("premise-if-attacked");
    assertThat(Premises.supposed(r.graph(), r.node("attacked"))).isTrue();
    assertThat(Readings.claims("premise-if-attacked")).isEmpty();
  }

  @Test
  void recognitionInAnUnlessClauseIsNoClaimOfTheRecogniser() {
    Readings.Reading r = Readings.of("premise-unless-recognised");
    assertThat(Premises.supposed(r.graph(), r.node("recognised"))).isTrue();
    assertThat(Readings.claims("premise-unless-recognised")).noneMatch(c -> c.startsWith("Turkey"));
  }

  @Test
  void relativeClauseInsideAPremiseIsStillAsserted() {
    Readings.Reading r = Readings.of("premise-relative-aside");
    assertThat(Premises.supposed(r.graph(), r.node("backs"))).isFalse();
    assertThat(Premises.supposed(r.graph(), r.node("attacks"))).isTrue();
    assertThat(Readings.claims("premise-relative-aside")).contains("Russia SUPPORT Syria");
  }

  @Test
  void mainClauseOfAConditionalKeepsItsClaim() {
    Readings.Reading r = Readings.of("premise-main-clause");
    assertThat(Premises.supposed(r.graph(), r.node("strike"))).isFalse();
    assertThat(Readings.claims("premise-main-clause")).containsExactly("Israel OPPOSE Iran");
  }

  @Test
  void relativeClauseOnTheObjectOfAPremiseIsStillAsserted() {
    Readings.Reading r = Readings.of("premise-relative-object");
    assertThat(Premises.supposed(r.graph(), r.node("backs"))).isFalse();
    assertThat(Readings.claims("premise-relative-object")).anyMatch(c -> c.endsWith("SUPPORT Syria"));
  }

  @Test
  void backingInAPremiseOpenedByAnInvertedHadIsNoClaimOfTheBacker() {
    Readings.Reading r = Readings.of("premise-inverted-had");
    assertThat(Premises.supposed(r.graph(), r.node("backed"))).isTrue();
    assertThat(Readings.claims("premise-inverted-had")).noneMatch(c -> c.startsWith("Chile"));
  }

  @Test
  void anAuxiliaryAfterItsSubjectOpensNoPremise() {
    Readings.Reading r = Readings.of("premise-after-had");
    assertThat(Premises.supposed(r.graph(), r.node("backed"))).isFalse();
    assertThat(Readings.claims("premise-after-had")).contains("Chile SUPPORT Peru");
  }
}
