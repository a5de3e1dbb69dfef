package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelsTest {

  @Test
  void theOutletOfAnInterviewIsNoTarget() {
    assertThat(Readings.claims("channel-interview")).doesNotContain("Morales OPPOSE Telesur");
  }

  @Test
  void theAgencyCarryingAStatementIsNoTarget() {
    assertThat(Readings.claims("channel-carried-statement")).doesNotContain("Oman OPPOSE ONA");
  }

  @Test
  void theBodyWhoseMeetingAnActIsDoneAtIsNoTarget() {
    assertThat(Readings.claims("channel-meeting-members")).containsExactly("Poland OPPOSE -");
  }

  @Test
  void theAddresseeOfASpeechHungOnTheVerbIsNoTarget() {
    assertThat(Readings.claims("channel-speech-addressee")).noneMatch(c -> c.contains("parliament"));
  }

  @Test
  void whomAPhoneCallIsWithIsNoTarget() {
    assertThat(Readings.claims("channel-phone-call")).noneMatch(c -> c.endsWith("Netanyahu"));
  }

  @Test
  void leadersWhoMetOnTheSidelinesOfABodysSummitMetEachOtherNotTheBody() {
    Readings.Reading r = Readings.of("met-sidelines");
    assertThat(Channels.occasion(r.graph(), r.node("sidelines"), "obl:on")).isTrue();
    assertThat(Channels.occasion(r.graph(), r.node("July"), "obl:in")).isFalse();
    assertThat(Readings.claims("met-sidelines")).containsExactlyInAnyOrder(
        "Mitsotakis NEUTRAL Turkish President Tayyip Erdogan", "Turkish President Tayyip Erdogan NEUTRAL Mitsotakis");
  }
}
