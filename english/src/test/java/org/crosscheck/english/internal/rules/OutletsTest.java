package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class OutletsTest {

  @Test
  void anOutletTheVerbActsOnIsItsTarget() {
    assertThat(Readings.drafts("outlet-object")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Al Jazeera");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void theOutletOfAnExpelledCorrespondentIsTheTarget() {
    assertThat(Readings.drafts("outlet-compound")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenya");
      assertThat(d.target().orElseThrow().text()).isEqualTo("CNN");
    });
  }

  @Test
  void anOutletThatCarriesTheStanceIsNoTarget() {
    assertThat(Readings.drafts("outlet-medium")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("criticised");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void anOutletAnOfficialToldIsNoTargetOfAnotherCue() {
    assertThat(Readings.claims("outlet-told-relative")).containsExactly("Pakistan SUPPORT -");
  }

  @Test
  void anOutletTheCueItselfAccusesStaysItsTarget() {
    assertThat(Readings.claims("outlet-told-accused")).containsExactly("Iran OPPOSE CNN");
  }

  @Test
  void aStatesBroadcasterIsTheOutletNotTheState() {
    assertThat(Readings.claims("outlet-state-broadcasters")).containsExactly("Mali OPPOSE Voice of America");
  }

  @Test
  void theOutletACorrespondentWorksForIsTheTarget() {
    assertThat(Readings.claims("outlet-correspondent-for"))
        .containsExactly("Uganda OPPOSE German broadcaster Deutsche Welle");
  }

  @Test
  void anOutletBesideAnOutletActedOnIsActedOnToo() {
    assertThat(Readings.claims("outlet-conjoined"))
        .containsExactly("Burkina Faso OPPOSE BBC", "Burkina Faso OPPOSE Voice of America");
  }

  @Test
  void theBroadcastsOfAStatesOutletSuspendedAreAgainstTheOutletNotTheState() {
    assertThat(Readings.claimIds("suspended-states-broadcaster")).containsExactly("MLI OPPOSE rfi");
    assertThat(Readings.claimIds("banned-states-outlet")).containsExactly("MLI OPPOSE rfi");
  }

  @Test
  void aCountrysPressTheSpeakerToldIsNoTargetOfTheQuote() {
    assertThat(Readings.claims("press-told")).containsExactly("Sok OPPOSE -");
  }
}
