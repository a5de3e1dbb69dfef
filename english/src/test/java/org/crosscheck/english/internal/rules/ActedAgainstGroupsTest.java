package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Groups that forces and critics act against, named by an agent noun alone ({@code group-nouns.tsv}). */
class ActedAgainstGroupsTest {

  @Test
  void smugglersArrestedBySoldiersAreTheTarget() {
    assertThat(Readings.claims("group-smugglers")).containsExactly("Malian soldiers OPPOSE smugglers");
  }

  @Test
  void banditsKilledByAnArmyAreTheTarget() {
    assertThat(Readings.claims("group-bandits")).containsExactly("Niger's army OPPOSE bandits");
  }

  @Test
  void strikersDetainedByPoliceAreTheTarget() {
    assertThat(Readings.claims("group-strikers")).containsExactly("Police OPPOSE strikers");
  }

  @Test
  void marchersFiredAtByPoliceAreTheTarget() {
    assertThat(Readings.claims("group-marchers")).containsExactly("Riot police OPPOSE marchers");
  }

  @Test
  void securityForcesAccusedByARightsGroupAreTheTarget() {
    assertThat(Readings.claims("group-security-forces")).containsExactly("Human Rights Watch OPPOSE security forces");
  }

  @Test
  void gendarmesCriticisedByARightsGroupAreTheTarget() {
    assertThat(Readings.claims("group-gendarmes")).containsExactly("Amnesty International OPPOSE gendarmes");
  }

  @Test
  void anElectoralCommissionAccusedOfFraudIsTheTargetByItsWholeName() {
    assertThat(Readings.claims("group-electoral-commission"))
        .containsExactly("Raila Odinga OPPOSE electoral commission");
  }
}
