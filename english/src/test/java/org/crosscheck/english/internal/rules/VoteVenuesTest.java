package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class VoteVenuesTest {

  @Test
  void vetoOfASecurityCouncilResolutionIsNotTowardTheCouncil() {
    Readings.Reading r = Readings.of("vote-venue-council");
    assertThat(VoteVenues.venueOnly(r.graph(), r.node("resolution"), r.node("Council"))).isTrue();
    assertThat(Readings.drafts("vote-venue-council")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void blockingAUnDraftIsNotTowardTheUnitedNations() {
    assertThat(Readings.drafts("vote-venue-un")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void voteAgainstABlocsResolutionStillOpposesTheBloc() {
    Readings.Reading r = Readings.of("vote-sponsor-bloc");
    assertThat(VoteVenues.venueOnly(r.graph(), r.node("resolution"), r.node("EU"))).isFalse();
    assertThat(Readings.claims("vote-sponsor-bloc")).containsExactly("Turkey OPPOSE EU");
  }

  @Test
  void criticisingTheCouncilItselfStillOpposesIt() {
    assertThat(Readings.claims("vote-body-criticised")).containsExactly("Pakistan OPPOSE Security Council");
  }
}
