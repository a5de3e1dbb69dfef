package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceAgentsTest {

  @Test
  void aStatesCriticsAreNotThatState() {
    assertThat(Readings.claims("agent-critics")).isEmpty();
  }

  @Test
  void theAllyOfAStateSupportsIt() {
    assertThat(Readings.claims("agent-ally-predicate")).containsExactly("Chad SUPPORT France");
  }

  @Test
  void aGroupsBackersAreNotTheGroup() {
    assertThat(Readings.claims("agent-backers")).noneMatch(c -> c.startsWith("Hezbollah"));
  }

  @Test
  void aFoeOfAStateNamedOnlyAsTheCountryIsTowardNoGuessedState() {
    assertThat(Readings.claims("agent-referring-owner")).noneMatch(c -> c.startsWith("Chile OPPOSE"));
  }

  @Test
  void theBlocThatAlliesShareIsNeitherHolderNorTarget() {
    assertThat(Readings.claims("bloc-allies-conj")).noneMatch(c -> c.contains("NATO") || c.contains("EU"));
    assertThat(Readings.claims("bloc-allies-cop")).noneMatch(c -> c.contains("NATO"))
        .contains("Norway SUPPORT Denmark");
    // A state's name is no bloc: US allies back the United States.
    assertThat(Readings.claims("bloc-allies-state")).contains("Chile SUPPORT US", "Peru SUPPORT US");
  }

  @Test
  void alliesWhoActTogetherSpeakForTheirBloc() {
    assertThat(Readings.claims("bloc-allies-subject")).contains("NATO SUPPORT Estonia");
  }

  @Test
  void aClubNamedBeforeItsSupportersIsWhomTheyBackNotTheOneWhoTakesAStance() {
    assertThat(Readings.claims("club-supporters-chanting")).noneMatch(c -> c.startsWith("Ajax"));
  }

  @Test
  void anAllyInAppositionIsTheAllyOfWhomTheFirstNounBelongsToAndOfNoOneElse() {
    assertThat(Readings.claims("ally-apposition")).containsExactly("Senator Juan Cruz SUPPORT Duterte");
  }

  @Test
  void anAllyInAppositionWithNoOneNamedTakesNoTargetFromTheRestOfTheSentence() {
    assertThat(Readings.claims("ally-apposition-bare")).isEmpty();
  }
}
