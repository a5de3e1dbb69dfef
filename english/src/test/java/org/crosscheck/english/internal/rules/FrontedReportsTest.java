package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class FrontedReportsTest {

  @Test
  void anAllegationAfterItsClauseIsTheNamesBeforeIt() {
    Readings.Reading r = Readings.of("fronted-alleged");
    assertThat(FrontedReports.speaker(r.graph(), r.node("alleged"))).isEqualTo(r.node("Watch"));
    // The looting itself is a claim of its own (ForceObjects, no target); the allegation is this rule's.
    assertThat(Readings.drafts("fronted-alleged")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Human Rights Watch");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Militias"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aChargeHungLooselyOnItsClauseIsTheNamesBeforeIt() {
    assertThat(Readings.drafts("fronted-charged-dep")).anySatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("NGOHRIAMN");
      assertThat(d.cue()).isEqualTo("charged");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aParticipleAfterACommaHasNoSpeakerBeforeIt() {
    Readings.Reading r = Readings.of("fronted-participle");
    assertThat(FrontedReports.speaker(r.graph(), r.node("sentenced"))).isNull();
    assertThat(Readings.drafts("fronted-participle")).noneMatch(d -> d.cue().contains("sentenced"));
  }

  @Test
  void aParticipleDescribingANounAfterACommaIsNoReport() {
    Readings.Reading r = Readings.of("fronted-participle-det");
    assertThat(FrontedReports.speaker(r.graph(), r.node("sentenced"))).isNull();
    assertThat(Readings.drafts("fronted-participle-det")).noneMatch(d -> d.holder().text().contains("teacher"));
  }
  @Test
  void aRightsGroupReadAsASecondObjectStillMakesTheCharge() {
    Readings.Reading r = Readings.of("soldiers-shot-rights-group-charged");
    assertThat(FrontedReports.speaker(r.graph(), r.node("charged"))).isEqualTo(r.node("group"));
    assertThat(Readings.drafts("soldiers-shot-rights-group-charged"))
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("rights group");
          assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
          assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Egyptian soldiers"));
        })
        .noneSatisfy(d -> assertThat(d.target()).hasValueSatisfying(t ->
            assertThat(t.text()).isEqualTo("rights group")));
  }

  @Test
  void anAidGroupsAllegationTaggedAsAParticipleIsItsComplaint() {
    assertThat(Readings.drafts("soldiers-looted-aid-group-alleged")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("aid group");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Syrian soldiers"));
    });
  }

  @Test
  void aStudentChargedBesideTheJailedProtestersMakesNoCharge() {
    Readings.Reading r = Readings.of("court-jailed-student-charged");
    assertThat(FrontedReports.described(r.graph(), r.node("charged"))).isNull();
    assertThat(Readings.drafts("court-jailed-student-charged"))
        .noneSatisfy(d -> assertThat(d.holder().text()).contains("student"));
  }
}
