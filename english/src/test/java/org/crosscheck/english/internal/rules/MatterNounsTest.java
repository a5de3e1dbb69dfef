package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatterNounsTest {

  @Test
  void refusingToTieAMatterNamedAfterAStateToADealIsNoStanceTowardTheState() {
    assertThat(Readings.claims("matter-question")).noneMatch(c -> c.contains("Bolivia"));
  }

  @Test
  void theAdjectiveOfAMatterIsOnlyItsTopic() {
    Readings.Reading r = Readings.of("matter-question");
    assertThat(MatterNouns.topicOnly(r.graph(), r.node("question"), r.node("Bolivian"))).isTrue();
    assertThat(MatterNouns.topicOnly(r.graph(), r.node("deal"), r.node("trade"))).isFalse();
  }
}
