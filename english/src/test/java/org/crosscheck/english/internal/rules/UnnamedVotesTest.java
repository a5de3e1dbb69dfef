package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class UnnamedVotesTest {

  /** The memory after "The bill, drafted by Norway, was approved by 30 votes to 12." */
  private static Discourse afterNorwaysBill() {
    Discourse d = new Discourse();
    Readings.drafts("vote-text-drafted", d);
    return d;
  }

  @Test
  void aVoteAgainstWithNoObjectOpposesTheAuthorOfTheTextJustPassed() {
    assertThat(Readings.claims("vote-unnamed-against", afterNorwaysBill())).containsExactly("Russia OPPOSE Norway");
  }

  @Test
  void eachVoterInFavourBacksTheAuthor() {
    assertThat(Readings.claims("vote-unnamed-favour", afterNorwaysBill()))
        .containsExactlyInAnyOrder("Chile SUPPORT Norway", "Peru SUPPORT Norway");
  }

  @Test
  void aVoteOnItOrOnTheBareTextIsOnTheTextJustPassed() {
    assertThat(Readings.claims("vote-unnamed-it", afterNorwaysBill())).containsExactly("Bolivia OPPOSE Norway");
    assertThat(Readings.claims("vote-unnamed-bare", afterNorwaysBill())).containsExactly("Bolivia SUPPORT Norway");
  }

  @Test
  void aVoteOnAnotherTextIsNotOnTheOneJustPassed() {
    assertThat(Readings.claims("vote-unnamed-indefinite", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
    assertThat(Readings.claims("vote-unnamed-named", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
    assertThat(Readings.claims("vote-unnamed-phrase", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
    assertThat(Readings.claims("vote-unnamed-own-motion", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
  }

  @Test
  void aBareTextOfAnotherKindIsNotTheTextJustPassed() {
    assertThat(Readings.claims("vote-unnamed-budget", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
  }

  @Test
  void aVoteAgainstAPersonIsNotOnTheTextJustPassed() {
    assertThat(Readings.claims("vote-unnamed-him", afterNorwaysBill())).noneMatch(c -> c.contains("Norway"));
  }

  @Test
  void anAuthorVotingForItsOwnTextBacksNoOne() {
    assertThat(Readings.claims("vote-unnamed-own", afterNorwaysBill())).noneMatch(c -> c.endsWith("Norway"));
  }

  @Test
  void withNoTextToldBeforeAnUnnamedVoteHasNoTarget() {
    assertThat(Readings.claims("vote-unnamed-against", new Discourse())).containsExactly("Russia OPPOSE -");
  }

  @Test
  void aTextToldMoreThanThreeSentencesReadBeforeIsForgotten() {
    Discourse d = afterNorwaysBill();
    int now = d.get(CondemnedDeeds.SENTENCES).orElse(0);
    d.set(CondemnedDeeds.SENTENCES, now + 2);
    assertThat(Readings.claims("vote-unnamed-against", d)).containsExactly("Russia OPPOSE Norway");
    d.set(CondemnedDeeds.SENTENCES, now + 3);
    assertThat(Readings.claims("vote-unnamed-against", d)).containsExactly("Russia OPPOSE -");
  }
}
