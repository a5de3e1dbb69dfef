package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnyActsTest {

  @Test
  void anyAttackAsASubjectIsNoAttackOfItsNamedDoer() {
    Readings.Reading r = Readings.of("any-attack-subject");
    assertThat(AnyActs.unspecified(r.graph(), r.node("attack"))).isTrue();
    assertThat(Readings.claims("any-attack-subject")).noneMatch(c -> c.startsWith("Serbia"));
  }

  @Test
  void theAttackAsASubjectIsStillItsDoersAct() {
    Readings.Reading r = Readings.of("the-attack-subject");
    assertThat(AnyActs.unspecified(r.graph(), r.node("attack"))).isFalse();
    assertThat(Readings.claims("the-attack-subject")).contains("Serbia OPPOSE Kosovo");
  }

  @Test
  void anySupportAsAnObjectLeavesTheVerbsStance() {
    Readings.Reading r = Readings.of("any-support-object");
    assertThat(AnyActs.unspecified(r.graph(), r.node("support"))).isFalse();
    assertThat(Readings.claims("any-support-object")).containsExactly("Beijing OPPOSE -");
  }
}
