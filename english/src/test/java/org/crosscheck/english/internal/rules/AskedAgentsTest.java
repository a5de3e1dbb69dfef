package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedAgentsTest {

  @Test
  void theBodyAskedToInvestigateIsNoTargetOfTheDemand() {
    Readings.Reading r = Readings.of("asked-un-inquiry");
    assertThat(AskedAgents.agentOnly(r.graph(), r.node("inquiry"), r.node("UN"))).isTrue();
    assertThat(Readings.claims("asked-un-inquiry")).containsExactly("Kenya OPPOSE -");
  }

  @Test
  void theBodyAskedToMediateIsNoTargetOfTheDemand() {
    assertThat(Readings.claims("asked-au-mediation")).containsExactly("Nigeria OPPOSE -");
  }

  @Test
  void theStateAskedToInterveneIsNoTargetOfTheDemand() {
    assertThat(Readings.claims("asked-french-intervention")).noneMatch(c -> c.endsWith("French"));
  }

  @Test
  void rejectingTheSameActStillOpposesItsAgent() {
    Readings.Reading r = Readings.of("asked-rejected-mediation");
    assertThat(AskedAgents.agentOnly(r.graph(), r.node("mediation"), r.node("AU"))).isFalse();
    assertThat(Readings.claims("asked-rejected-mediation")).containsExactly("militia OPPOSE AU");
  }

  @Test
  void theBodyAskedToInquireByPhraseIsNoTargetEither() {
    assertThat(Readings.claims("asked-inquiry-by")).containsExactly("Kenya OPPOSE -");
  }

  @Test
  void whomTheAskedActIsOfStaysTheTarget() {
    assertThat(Readings.claims("asked-investigation-of")).containsExactly("Kenya OPPOSE Ugandan police");
  }

  @Test
  void anActThatBefallsItsAgentKeepsItAsTarget() {
    assertThat(Readings.claims("asked-own-withdrawal")).containsExactly("Kenya OPPOSE Ugandan");
  }
}
