package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TalkInvitationsTest {

  @Test
  void partiesInvitedToTalksAreMetNotBacked() {
    assertThat(Readings.claims("invite-talks")).containsExactlyInAnyOrder("Kenya NEUTRAL Ethiopia",
        "Kenya NEUTRAL Somalia");
  }

  @Test
  void partiesInvitedToConsultationsAreMetNotBacked() {
    assertThat(Readings.drafts("invite-to-consultations")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.NEUTRAL));
  }

  @Test
  void talksOfferedToAPartyMeetItWithoutBackingIt() {
    assertThat(Readings.claims("offered-talks")).isNotEmpty().containsOnly("Pakistan NEUTRAL Taliban");
  }

  @Test
  void aStateInvitedToJoinIsBacked() {
    assertThat(Readings.claims("invite-join")).containsExactly("Kenya SUPPORT Ethiopia");
  }

  @Test
  void agreeingToTalksTakesNoSide() {
    assertThat(Readings.claimIds("agree-to-talks-headline")).containsExactly("MWI NEUTRAL ZMB", "ZMB NEUTRAL MWI");
  }
}
