package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestsTest {

  @Test
  void theStateAtWhoseRequestASuspectIsDetainedIsNoTarget() {
    Readings.Reading r = Readings.of("detained-at-request");
    assertThat(Requests.asker(r.graph(), r.node("Lithuania"))).isTrue();
    assertThat(Readings.claims("detained-at-request")).containsExactly("Polish police OPPOSE -");
  }

  @Test
  void theStateAtWhoseRequestAnArrestNoticeIsIssuedIsNoTarget() {
    assertThat(Readings.claims("notice-at-request")).isEmpty();
  }

  @Test
  void theExpelledEnvoyStaysTheTargetOfAnExpulsionAtAJuntasBehest() {
    Readings.Reading r = Readings.of("expelled-at-behest");
    assertThat(Requests.asker(r.graph(), r.node("junta"))).isTrue();
    assertThat(Requests.asker(r.graph(), r.node("ambassador"))).isFalse();
    assertThat(Readings.claims("expelled-at-behest")).containsExactly("Niger OPPOSE French ambassador");
  }
}
