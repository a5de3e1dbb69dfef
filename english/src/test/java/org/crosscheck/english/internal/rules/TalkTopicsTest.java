package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class TalkTopicsTest {

  @Test
  void peaceTalksHostedOnAStateAreNoSupportOfThatState() {
    Readings.Reading r = Readings.of("talks-matter-hosted");
    assertThat(TalkTopics.topicOnly(r.graph(), r.node("talks"), r.node("Somalia"))).isTrue();
    assertThat(Readings.drafts("talks-matter-hosted")).allSatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenya");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStateBeforeTheMatterOfTalksIsNoTargetEither() {
    assertThat(Readings.drafts("talks-matter-nested")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void talksWithAStateNamedAsAPartyAreLeftAlone() {
    Readings.Reading r = Readings.of("talks-party-hosted");
    assertThat(TalkTopics.topicOnly(r.graph(), r.node("talks"), r.node("Somalia"))).isFalse();
    assertThat(Readings.drafts("talks-party-hosted")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenya");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SOM");
    });
  }

  @Test
  void aProposalForPeaceTalksStaysTowardWhoeverMadeIt() {
    assertThat(Readings.drafts("talks-matter-own-word")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SDN");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }
}
