package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounTopicsTest {

  @Test
  void aCommitmentToAThingIsNoSupportOfWhoeverQuestionsIt() {
    Readings.Reading r = Readings.of("commitment-on-thing");
    assertThat(NounTopics.aboutAThing(r.graph(), r.node("commitment"))).isTrue();
    assertThat(Readings.claims("commitment-on-thing")).noneMatch(c -> c.startsWith("Turkey SUPPORT"));
    assertThat(NounTopics.actsOnIt(r.graph(), r.node("commitment"), r.graph().mentionAt(0))).isTrue();
  }

  @Test
  void aStanceNounWithNoArgumentOfItsOwnIsNoTopic() {
    Readings.Reading r = Readings.of("their-own-thing");
    assertThat(NounTopics.aboutAThing(r.graph(), r.node("agreement"))).isFalse();
  }

  @Test
  void anArgumentThatNamesAnActorInsideIsNoThing() {
    Readings.Reading r = Readings.of("opposition-to-thing-by");
    assertThat(NounTopics.aboutAThing(r.graph(), r.node("opposition"))).isFalse();
    assertThat(NounTopics.actsOnIt(r.graph(), r.node("opposition"), r.graph().mentionAt(0))).isFalse();
    assertThat(Readings.claims("opposition-to-thing-by")).containsExactly("Kenya OPPOSE RSF");
  }

  @Test
  void theOfPhraseOfACriticIsWhomTheCriticismIsToward() {
    Readings.Reading r = Readings.of("critic-of-thing-3");
    assertThat(NounTopics.agentOfAThing(r.graph(), r.node("critic"))).isTrue();
    assertThat(NounTopics.aboutAThing(r.graph(), r.node("critic"))).isFalse();
  }
}
