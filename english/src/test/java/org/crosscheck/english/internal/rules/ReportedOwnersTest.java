package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedOwnersTest {

  @Test
  void aPossessiveOnAReportedSubjectIsTheSpeakers() {
    Readings.Reading r = Readings.of("its-reported-subject");
    assertThat(ReportedOwners.speaker(r.graph(), r.node("its")).actor().id()).isEqualTo("QAT");
    assertThat(Antecedents.resolve(r.graph(), r.node("its"), null).actor().id()).isEqualTo("QAT");
    assertThat(Readings.drafts("its-reported-subject")).isNotEmpty()
        .noneMatch(d -> d.holder().actor().id().startsWith("USA"));
  }

  @Test
  void aPossessiveOutsideAReportedSubjectIsLeftToTheOtherRules() {
    Readings.Reading r = Readings.of("reminded-its");
    assertThat(ReportedOwners.speaker(r.graph(), r.node("its"))).isNull();
    Readings.Reading known = Readings.of("its-known-subject");
    assertThat(ReportedOwners.speaker(known.graph(), known.node("its"))).isNull();
  }

  @Test
  void aPronounThatCannotStandForTheSpeakerIsNotItsOwn() {
    Readings.Reading r = Readings.of("his-reported-state");
    assertThat(ReportedOwners.speaker(r.graph(), r.node("his"))).isNull();
  }

  @Test
  void aPossessiveInWhatAParticipleOfSpeechSaysIsTheSubjectOfTheActItFollows() {
    Readings.Reading r = Readings.of("claimed-saying-its");
    assertThat(ReportedOwners.speaker(r.graph(), r.node("its")).actor().id()).isEqualTo("al-shabaab");
    assertThat(Readings.drafts("claimed-saying-its")).filteredOn(d -> d.cue().equals("killed")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().memberOf().get(0).actor()).isEqualTo("al-shabaab"));
  }

  @Test
  void aParticipleOfSpeechWithNoSubjectSpeaksForTheSubjectOfTheActItFollows() {
    Readings.Reading r = Readings.of("claimed-saying-its-dep");
    assertThat(ReportedOwners.speaker(r.graph(), r.node("its")).actor().id()).isEqualTo("al-shabaab");
  }
}
