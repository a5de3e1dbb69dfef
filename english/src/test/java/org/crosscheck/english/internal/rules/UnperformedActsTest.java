package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnperformedActsTest {

  @Test
  void leavingWithoutMeetingAPresidentIsNoStanceTowardHim() {
    Readings.Reading r = Readings.of("left-without-meeting");
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("meeting"))).isTrue();
    assertThat(Readings.claims("left-without-meeting")).isEmpty();
  }

  @Test
  void talksEndedWithoutAgreeingLeaveOnlyTheTalks() {
    Readings.Reading r = Readings.of("ended-without-agreeing");
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("agreeing"))).isTrue();
    assertThat(Readings.claims("ended-without-agreeing"))
        .containsExactlyInAnyOrder("Armenia NEUTRAL Azerbaijan", "Azerbaijan NEUTRAL Armenia");
  }

  @Test
  void talksHeldAreNoActLeftUndone() {
    Readings.Reading r = Readings.of("ended-talks-object");
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("ended"))).isFalse();
  }

  @Test
  void aFiniteVerbTheParserHangsUnderWithoutInANameIsStillAnAct() {
    Readings.Reading r = Readings.of("rsf-criticised");
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("criticised"))).isFalse();
    assertThat(Readings.claims("rsf-criticised")).containsExactly("Reporters Without Borders OPPOSE Nairobi");
  }

  @Test
  void aGerundTheParserMakesAModifierOfItsObjectUnderWithoutIsNoContact() {
    Readings.Reading r = Readings.of("criticised-without-consulting");
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("consulting"))).isTrue();
    assertThat(UnperformedActs.unperformed(r.graph(), r.node("drafting"))).isFalse();
    assertThat(Readings.claims("criticised-without-consulting")).containsExactly("Russia OPPOSE Britain");
  }
}
