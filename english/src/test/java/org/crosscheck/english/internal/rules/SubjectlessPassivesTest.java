package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectlessPassivesTest {

  @Test
  void whoeverArrivedAfterBeingExtraditedDidNotExtraditeAnyone() {
    assertThat(Readings.drafts("passive-undergone")).noneMatch(d -> d.cue().equals("extradited"));
  }

  @Test
  void theAgentOfASubjectlessPassiveActsOnTheSubjectItsClauseHangsOn() {
    assertThat(Readings.drafts("passive-after-agent")).filteredOn(d -> d.cue().equals("attacked")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Turkey");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Syria");
        });
  }
}
