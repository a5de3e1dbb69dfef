package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObligationsTest {

  @Test
  void whatASpeakerSaysMustBeDoneToSomeoneIsTheSpeakersStance() {
    assertThat(Readings.drafts("obligation-quote")).extracting(Readings::claimId)
        .containsExactly("HRVGOV OPPOSE SRB");
  }

  @Test
  void aDemandNamingWhoShouldActIsNoStanceOfTheSpeaker() {
    assertThat(Readings.drafts("obligation-agent")).noneMatch(d -> d.holder().actor().id().equals("KEN"));
  }

  @Test
  void aNegatedDemandIsLeftAlone() {
    assertThat(Readings.drafts("obligation-negated")).isEmpty();
  }

  @Test
  void whatWasDoneToSomeoneIsNoDemand() {
    assertThat(Readings.drafts("obligation-past")).noneMatch(d -> d.holder().actor().id().equals("GHA"));
  }
}
