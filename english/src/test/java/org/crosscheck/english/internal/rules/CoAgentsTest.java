package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoAgentsTest {

  @Test
  void aStateThatCondemnsAlongWithTheHolderIsNoTarget() {
    Readings.Reading r = Readings.of("condemned-along-with");
    assertThat(CoAgents.partner(r.graph(), r.node("Germany"))).isTrue();
    assertThat(Readings.claims("condemned-along-with")).containsExactly("France OPPOSE -");
  }

  @Test
  void statesThatCondemnTogetherWithTheHolderAreNoTargets() {
    assertThat(Readings.claims("condemned-together-with")).containsExactly("France OPPOSE -");
  }

  @Test
  void bodiesThatFundTogetherWithTheHolderAreNoTargets() {
    Readings.Reading r = Readings.of("fund-together-with");
    assertThat(CoAgents.partner(r.graph(), r.node("UNICEF"))).isTrue();
    assertThat(CoAgents.partner(r.graph(), r.node("Kenyan"))).isTrue();
    assertThat(Readings.claims("fund-together-with")).containsExactly("World Bank SUPPORT -");
  }

  @Test
  void aStateCooperatingTogetherWithAnotherSupportsIt() {
    assertThat(Readings.claims("cooperate-together-with")).containsExactly("Kenya SUPPORT Uganda");
  }

  @Test
  void aStateCooperatingWithAnotherIsNoPartnerButItsTarget() {
    Readings.Reading r = Readings.of("cooperate-with");
    assertThat(CoAgents.partner(r.graph(), r.node("Uganda"))).isFalse();
    assertThat(Readings.claims("cooperate-with")).containsExactly("Kenya SUPPORT Uganda");
  }

  @Test
  void aStateThatDeliversJointlyWithTheHolderIsNoTarget() {
    assertThat(Readings.claims("deliver-jointly-with")).noneMatch(c -> c.endsWith("Italy"));
    assertThat(Readings.claims("deliver-together-with")).noneMatch(c -> c.endsWith("Italy"));
  }
}
