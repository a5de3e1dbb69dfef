package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RefusalsTest {

  @Test
  void refusingAnActOpposesTheOneItWouldServe() {
    assertThat(Readings.drafts("refused-act")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("hamas");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Egyptian President");
    });
  }

  @Test
  void aRefusedCueSpeaksForItselfOnce() {
    assertThat(Readings.drafts("refused-help")).singleElement()
        .satisfies(d -> assertThat(d.cue()).isEqualTo("refused to help"));
  }

  @Test
  void aRefusedSpeechActIsNoStance() {
    assertThat(Readings.drafts("declined-comment")).isEmpty();
    Readings.Reading r = Readings.of("declined-comment");
    assertThat(Refusals.find(r.graph(), java.util.List.of())).isEmpty();
  }

  @Test
  void aRefusedAttributionIsNoStanceTowardTheSidesItWouldBlame() {
    assertThat(Readings.claims("refused-attribution")).isEmpty();
    Readings.Reading r = Readings.of("refused-attribution");
    assertThat(Refusals.find(r.graph(), java.util.List.of())).isEmpty();
  }

  @Test
  void decliningToRespondToRemarksIsNoStanceTowardWhoeverMadeThem() {
    assertThat(Readings.claims("refused-respond-remarks")).isEmpty();
  }

  @Test
  void refusingToRespondToADemandRejectsWhoeverMadeIt() {
    assertThat(Readings.claimIds("refused-respond-demand")).containsExactly("KEN OPPOSE UGA");
  }
}
