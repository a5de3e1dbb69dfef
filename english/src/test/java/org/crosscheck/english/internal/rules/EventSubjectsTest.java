package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class EventSubjectsTest {

  @Test
  void anAttackNounAsSubjectLendsItsHolderToTheVerb() {
    assertThat(Readings.drafts("event-subject")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("TUR");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kurdish fighters");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("killed");
    });
  }

  @Test
  void aSubjectThatNamesNobodyGivesNoHolder() {
    assertThat(Readings.drafts("event-subject-nobody")).isEmpty();
  }
}
