package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class SpeakerConjunctsTest {

  @Test
  void pastTenseAfterAReportedModalIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-modal");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("praised"))).isEqualTo(r.node("said"));
    assertThat(Readings.drafts("speaker-modal")).filteredOn(d -> d.cue().equals("praised")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Tanaka");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Peru");
          assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
        });
  }

  @Test
  void verbOfSayingWithAClauseOfItsOwnIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-warned");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("warned"))).isEqualTo(r.node("said"));
    assertThat(Readings.drafts("speaker-warned")).noneMatch(d -> d.holder().text().equals("Peru"));
  }

  @Test
  void conjunctWithASubjectOfItsOwnKeepsIt() {
    Readings.Reading r = Readings.of("speaker-own");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("praised"))).isNull();
    assertThat(Readings.drafts("speaker-own")).filteredOn(d -> d.cue().equals("praised")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Peru"));
  }

  @Test
  void verbThatSharesTheReportedModalKeepsTheReportedSubject() {
    Readings.Reading r = Readings.of("speaker-shared-modal");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("thank"))).isNull();
    assertThat(Readings.drafts("speaker-shared-modal")).filteredOn(d -> d.cue().equals("thank")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Japan"));
  }
}
