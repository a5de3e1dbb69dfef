package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class HeldEventsTest {

  @Test
  void rejectingAStatesElectionResultsOpposesTheCountNotTheState() {
    assertThat(Readings.drafts("held-election-results")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void disputingPollResultsNamedWithAStateOpposesNoState() {
    Readings.Reading r = Readings.of("held-poll-results");
    assertThat(HeldEvents.placeOnly(r.graph(), r.node("results"), r.node("Malawi"))).isTrue();
    assertThat(Readings.drafts("held-poll-results")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void rejectingAStatesProposalStillOpposesTheState() {
    Readings.Reading r = Readings.of("held-proposal");
    assertThat(HeldEvents.placeOnly(r.graph(), r.node("proposal"), r.node("Zambian"))).isFalse();
    assertThat(Readings.drafts("held-proposal")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("ZMB"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }
}
