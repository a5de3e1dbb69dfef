package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingsTest {

  @Test
  void aPlaceBehindARivalIsNoVisitToHim() {
    Readings.Reading r = Readings.of("rank-second-bare");
    assertThat(Rankings.ranked(r.graph(), r.node("came"), "040")).isTrue();
    assertThat(Readings.claims("rank-second-bare")).isEmpty();
  }

  @Test
  void aRankAsTheVerbsObjectIsNoVisitEither() {
    Readings.Reading r = Readings.of("rank-second");
    assertThat(Rankings.ranked(r.graph(), r.node("came"), "040")).isTrue();
    assertThat(Readings.claims("rank-second")).isEmpty();
  }

  @Test
  void aRankAfterThePlaceVisitedKeepsTheVisit() {
    Readings.Reading r = Readings.of("rank-visit");
    assertThat(Rankings.ranked(r.graph(), r.node("came"), "040")).isFalse();
    assertThat(Readings.claims("rank-visit")).containsExactly("Kenyan foreign minister NEUTRAL Uganda");
  }

  @Test
  void aRankOnAVerbOfNoJourneyIsNoRanking() {
    Readings.Reading r = Readings.of("rank-second-bare");
    assertThat(Rankings.ranked(r.graph(), r.node("came"), "190")).isFalse();
  }
}
