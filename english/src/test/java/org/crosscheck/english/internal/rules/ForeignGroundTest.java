package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignGroundTest {

  @Test
  void bombingsByAForeignArmedGroupInAStateOpposeThatState() {
    assertThat(Readings.claims("foreign-bombings-kenya")).containsExactly("Al-Shabaab OPPOSE Kenya");
    assertThat(Readings.drafts("foreign-bombings-kenya")).singleElement().satisfies(d ->
        assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("KEN")));
  }

  @Test
  void raidsAForeignGroupThreatensToLaunchInAStateOpposeThatState() {
    assertThat(Readings.claims("foreign-threatened-raids-saudi")).contains("Houthis OPPOSE Saudi Arabia")
        .allMatch(c -> c.endsWith("Saudi Arabia"));
  }

  @Test
  void membersOfACataloguedForeignGroupActForItsHome() {
    assertThat(Readings.claims("foreign-members-of-group")).contains("Hamas militants OPPOSE Israel")
        .allMatch(c -> c.endsWith("Israel"));
  }

  @Test
  void membersOfAGroupAtHomeNameNoTarget() {
    assertThat(Readings.claims("foreign-members-at-home")).noneMatch(c -> c.endsWith("Yemen"));
  }

  @Test
  void attacksByAGroupAtHomeNameNoTarget() {
    assertThat(Readings.claims("home-attacks-nigeria")).containsExactly("Boko Haram OPPOSE -");
  }

  @Test
  void aCityTheCatalogFilesUnderItsStateStaysAPlace() {
    assertThat(Readings.claims("foreign-bombings-city")).noneMatch(c -> c.contains("Mombasa"));
  }

  @Test
  void aStatesStrikesInsideAnotherStateTakeNoSide() {
    assertThat(Readings.claims("state-strikes-abroad")).noneMatch(c -> c.endsWith("Syria"));
  }

  @Test
  void aStatesOwnArmedForceAbroadTakesNoSide() {
    // The catalog files the group as Russia's military: it may be fighting for the host's government.
    assertThat(Readings.claims("state-force-abroad")).noneMatch(c -> c.endsWith("Mali"));
  }

  @Test
  void attacksSomeoneElseCarriedOutAreNotTheCondemnersForce() {
    assertThat(Readings.claims("condemned-attacks-abroad")).noneMatch(c -> c.endsWith("Syria"));
  }

  @Test
  void militantActivitiesResumedInAForeignStateAreAgainstIt() {
    assertThat(Readings.claims("fg-activities-militant")).containsOnly("Hezbollah OPPOSE Israel");
  }

  @Test
  void activitiesWithoutAnAdjectiveOfForceAreNoAttack() {
    assertThat(Readings.claims("fg-activities-political")).containsOnly("Hezbollah OPPOSE -");
  }
}
