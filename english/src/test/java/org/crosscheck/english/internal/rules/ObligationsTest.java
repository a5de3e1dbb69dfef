package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ObligationsTest {

  private static String claim(ClaimDraft d) {
    return d.holder().actor().id() + " " + d.stance() + " " + d.target().map(t -> t.actor().id()).orElse("-");
  }

  @Test
  void whatASpeakerSaysMustBeDoneToSomeoneIsTheSpeakersStance() {
    assertThat(Readings.drafts("obligation-quote")).extracting(ObligationsTest::claim)
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
