package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AimedGroundTest {

  @Test
  void drillsAStateStagesAroundAnotherStateAreAimedAtIt() {
    assertThat(Readings.claims("aimed-drills-around")).containsExactly("China OPPOSE Taiwan");
  }

  @Test
  void exercisesNearAStatesIslandsAreAimedAtThatState() {
    assertThat(Readings.claims("aimed-games-islands")).containsExactly("Turkey OPPOSE Greek");
  }

  @Test
  void aMissileFiredOverAStateIsAimedAtIt() {
    assertThat(Readings.claims("aimed-missile-over")).containsExactly("North Korea OPPOSE Japan");
  }

  @Test
  void targetsAStatesJetsBombInAnotherStateAreThatStates() {
    assertThat(Readings.claims("aimed-bombed-targets")).containsExactly("Israeli warplanes OPPOSE Lebanon");
  }

  @Test
  void drillsOffTheHoldersOwnCoastAreAimedAtNoOne() {
    assertThat(Readings.claims("aimed-own-coast")).allMatch(c -> c.endsWith(" -"));
  }

  @Test
  void drillsInANamedSeaAreAimedAtNoOne() {
    assertThat(Readings.claims("aimed-named-sea")).isEmpty();
  }

  @Test
  void aCityTakenForItsStateStaysAPlace() {
    assertThat(Readings.claims("aimed-city")).noneMatch(c -> c.contains("Aleppo") || c.contains("Syria"));
  }

  @Test
  void strikesOnAPartyOfTheirOwnAreNotAimedAtTheStateTheyAreIn() {
    assertThat(Readings.claims("aimed-party-object")).noneMatch(c -> c.endsWith("Syria"));
  }


  @Test
  void drillsAStatesForcesHoldOffItsOwnCoastAreAimedAtNoOne() {
    assertThat(Readings.claims("aimed-own-forces-coast")).noneMatch(c -> c.endsWith("China"));
  }

  @Test
  void drillsInAStraitNamedForAStateAreNotAimedAtIt() {
    assertThat(Readings.claims("aimed-named-strait")).noneMatch(c -> c.endsWith("Taiwan"));
  }

  @Test
  void warGamesNearAStatesIslandsAreAimedAtThatState() {
    assertThat(Readings.claims("aimed-games-tagged-islands")).containsExactly("Turkish warships OPPOSE Greek");
  }

  @Test
  void partiesThatClashOverAStateClashWithEachOtherNotWithIt() {
    assertThat(Readings.claims("clashed-over-ground")).containsExactlyInAnyOrder("Serbia OPPOSE Croatia",
        "Croatia OPPOSE Serbia");
  }
}
