package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoughtBodiesTest {

  @Test
  void aNewGovernmentDemandedIsNoTargetAndNoClaim() {
    Readings.Reading r = Readings.of("demanded-new-government");
    assertThat(SoughtBodies.sought(r.graph(), r.node("demanded"), r.node("government"), "obj")).isTrue();
    assertThat(Readings.claims("demanded-new-government")).isEmpty();
  }

  @Test
  void aWarshipAttackedIsTheTargetWhateverItsArticle() {
    Readings.Reading r = Readings.of("attacked-indefinite-warship");
    assertThat(SoughtBodies.sought(r.graph(), r.node("attacked"), r.node("warship"), "obj")).isFalse();
    assertThat(Readings.claims("attacked-indefinite-warship")).containsExactly("Russian jets OPPOSE Ukrainian warship");
  }

  @Test
  void aGovernmentWhoseResignationIsDemandedIsOpposed() {
    Readings.Reading r = Readings.of("demanded-definite-commission");
    assertThat(SoughtBodies.sought(r.graph(), r.node("demanded"), r.node("resignation"), "obj")).isFalse();
    assertThat(Readings.claims("demanded-definite-commission")).containsExactly("Protesters OPPOSE Kenyan government");
  }

  @Test
  void aDiplomatOrderedToLeaveIsTheOneAskedAndTheTarget() {
    Readings.Reading r = Readings.of("ordered-indefinite-diplomat");
    assertThat(SoughtBodies.sought(r.graph(), r.node("ordered"), r.node("diplomat"), "obj")).isFalse();
    assertThat(Readings.claims("ordered-indefinite-diplomat")).containsExactly("Germany OPPOSE Chinese diplomat");
  }
}
