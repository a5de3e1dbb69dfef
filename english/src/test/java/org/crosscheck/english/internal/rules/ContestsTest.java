package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ContestsTest {

  @Test
  void aResultInAContestIsNoStance() {
    assertThat(Readings.drafts("contest-final")).isEmpty();
  }

  @Test
  void aLeagueThatIsABodyIsNoContest() {
    assertThat(Readings.claims("thanked-arab-league")).containsExactly("Syria SUPPORT Arab League");
    assertThat(Readings.claims("welcomed-league-decision")).containsExactly("Egypt SUPPORT Arab League");
    assertThat(Readings.claims("criticised-awami")).containsExactly("Kenya OPPOSE Awami League");
    assertThat(Readings.drafts("beat-in-league")).isEmpty();
  }

  @Test
  void aWinInASentenceAboutASportIsAResultWhereverTheSportIsNamed() {
    assertThat(Readings.drafts("result-sport-elsewhere")).isEmpty();
    assertThat(Readings.claims("result-no-sport")).containsExactly("Kenya OPPOSE Uganda");
    assertThat(Readings.claims("result-league-body")).contains("Chad OPPOSE Boko Haram");
  }

  @Test
  void aScoreAfterTheObjectIsAResult() {
    assertThat(Readings.drafts("contest-score")).isEmpty();
  }

  @Test
  void aDefeatInAWarStaysAStance() {
    assertThat(Readings.drafts("contest-war")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aVotesTallyIsNoScoreOfTheCueItGoverns() {
    assertThat(Readings.drafts("vote-tally")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Senate");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void warGamesStagedAreAShowOfForceNotAContest() {
    Readings.Reading r = Readings.of("aimed-games-tagged-islands");
    assertThat(Contests.result(r.graph(), r.node("staged"))).isFalse();
  }
}
