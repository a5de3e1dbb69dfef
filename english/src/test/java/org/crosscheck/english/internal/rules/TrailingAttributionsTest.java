package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class TrailingAttributionsTest {

  @Test
  void anObjectMisreadAsTheAttributionsSubjectIsTheTargetAndTheAppositionSpeaks() {
    Readings.Reading r = Readings.of("trail-appos");
    assertThat(TrailingAttributions.object(r.graph(), r.node("backed"))).isEqualTo(r.node("Houthis"));
    assertThat(TrailingAttributions.speaker(r.graph(), r.node("said"))).isEqualTo(r.node("official"));
    assertThat(Readings.drafts("trail-appos")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Iran");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Houthis");
      assertThat(d.fallbackTarget()).isFalse();
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.speaker().orElseThrow().text()).isEqualTo("Saudi official");
    });
  }

  @Test
  void aSecondSubjectOfTheAttributionIsItsSpeaker() {
    Readings.Reading r = Readings.of("trail-subjects");
    assertThat(TrailingAttributions.object(r.graph(), r.node("shelled"))).isEqualTo(r.node("positions"));
    assertThat(TrailingAttributions.speaker(r.graph(), r.node("said"))).isEqualTo(r.node("army"));
    assertThat(Readings.drafts("trail-subjects")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Hamas");
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aTrailingAttributionHungOnTheClauseItReportsVoicesIt() {
    Readings.Reading r = Readings.of("trail-parataxis");
    assertThat(TrailingAttributions.object(r.graph(), r.node("bombed"))).isNull();
    assertThat(TrailingAttributions.reported(r.graph(), r.node("said"))).isEqualTo(r.node("bombed"));
    assertThat(Readings.drafts("trail-parataxis")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.speaker().orElseThrow().text()).isEqualTo("Turkish defence ministry");
    });
  }

  @Test
  void aReportedSpeechVerbWithNoCommaBeforeItsSubjectVoicesNoClauseAboveIt() {
    Readings.Reading r = Readings.of("trail-nocomma");
    assertThat(TrailingAttributions.reported(r.graph(), r.node("said"))).isNull();
    assertThat(Readings.drafts("trail-nocomma")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.speaker()).isEmpty();
    });
  }
  @Test
  void rightsGroupsInAppositionToTheMisreadObjectMakeTheCharge() {
    Readings.Reading r = Readings.of("greek-police-abusing-rights-groups-charged");
    assertThat(TrailingAttributions.speaker(r.graph(), r.node("charged"))).isEqualTo(r.node("groups"));
    assertThat(Readings.drafts("greek-police-abusing-rights-groups-charged"))
        .noneSatisfy(d -> assertThat(d.holder().text()).isEqualTo("migrants"))
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("rights groups");
          assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
          assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Greek police"));
        })
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("Greek police");
          assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("migrants"));
        });
  }
}
