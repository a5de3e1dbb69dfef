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

  @Test
  void appraisalAfterAReportedPerfectIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-aux-blamed");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("blamed"))).isEqualTo(r.node("said"));
    assertThat(Readings.drafts("speaker-aux-blamed")).filteredOn(d -> d.cue().equals("blamed")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).contains("ministry");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Chile");
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
        });
  }

  @Test
  void appraisalAfterAClosingQuoteIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-quoted-praised");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("praised"))).isEqualTo(r.node("said"));
    assertThat(Readings.drafts("speaker-quoted-praised")).filteredOn(d -> d.cue().equals("praised")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).contains("official");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Ecuador");
          assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
        });
  }

  @Test
  void actAfterAReportedPerfectKeepsTheReportedSubject() {
    Readings.Reading r = Readings.of("speaker-aux-attacked");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("attacked"))).isNull();
    assertThat(Readings.drafts("speaker-aux-attacked")).filteredOn(d -> d.cue().equals("attacked")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Bolivian rebels"));
  }

  @Test
  void anAccusationTaggedAsAParticipleAfterDidNotIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-conjunct-vbn");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("accused"))).isEqualTo(r.node("said"));
    assertThat(Readings.drafts("speaker-conjunct-vbn")).filteredOn(d -> d.cue().equals("accused")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Lavrov");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("GBR");
          assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
        });
  }

  @Test
  void verbOfBlameWithAnObjectAfterAReportedCopulaIsTheSpeakers() {
    Readings.Reading r = Readings.of("speaker-copula");
    assertThat(SpeakerConjuncts.report(r.graph(), r.node("blamed"))).isEqualTo(r.node("said"));
    assertThat(Readings.claims("speaker-copula")).containsExactly("Ghana OPPOSE Togo");
  }
}
