package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

  @Test
  void anArrivalForTalksIsAVisitToTheHostThatTakesNoSide() {
    Readings.Reading r = Readings.of("arrived-talks");
    assertThat(Arrivals.visit(r.graph(), r.node("arrived"))).isTrue();
    assertThat(Readings.drafts("arrived-talks")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chilean foreign minister");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Lima");
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
      assertThat(d.event().orElseThrow().code()).isEqualTo("042");
    });
  }

  @Test
  void aFlightToACapitalForAVisitIsAVisit() {
    assertThat(Readings.drafts("flew-visit")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan president");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kampala");
      assertThat(d.event().orElseThrow().code()).isEqualTo("042");
    });
  }

  @Test
  void soldiersArrivingAreNoVisit() {
    Readings.Reading r = Readings.of("arrived-soldiers");
    assertThat(Arrivals.visit(r.graph(), r.node("arrived"))).isFalse();
    assertThat(Readings.drafts("arrived-soldiers")).isEmpty();
  }

  @Test
  void anArrivalWithoutAPurposeSaysNothing() {
    Readings.Reading r = Readings.of("arrived-plain");
    assertThat(Arrivals.visit(r.graph(), r.node("arrived"))).isFalse();
    assertThat(Readings.drafts("arrived-plain")).isEmpty();
  }
  @Test
  void negotiatorsOfTwoStatesArrivingForTalksMeetEachOtherNotTheHost() {
    assertThat(Readings.drafts("joint-arrival-talks")).hasSize(2)
        .allSatisfy(d -> {
          assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
          assertThat(d.target().orElseThrow().text()).isNotEqualTo("Amman");
        })
        .anySatisfy(d -> {
          assertThat(d.holder().actor().id()).isEqualTo("EGYGOV");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("QATGOV");
        })
        .anySatisfy(d -> {
          assertThat(d.holder().actor().id()).isEqualTo("QATGOV");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("EGYGOV");
        });
  }

  @Test
  void ministersOfTwoStatesArrivingForAVisitVisitTheHost() {
    assertThat(Readings.drafts("joint-arrival-visit")).hasSize(2)
        .allSatisfy(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Amman"));
  }

  @Test
  void negotiatorsReturningForTalksMeetEachOther() {
    assertThat(Readings.drafts("joint-return-talks")).hasSize(2)
        .allSatisfy(d -> assertThat(d.stance()).isEqualTo(Stance.NEUTRAL))
        .anySatisfy(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("RUSGOV"));
  }

  @Test
  void anArrivalForARoundOfTalksIsAVisit() {
    assertThat(Readings.drafts("arrival-round-of-talks")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Qatari envoy");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Amman");
      assertThat(d.event().orElseThrow().code()).isEqualTo("042");
    });
  }
  @Test
  void aStateNamedBesideADemonymSendsNegotiatorsOfItsOwn() {
    assertThat(Readings.drafts("us-chinese-negotiators-return")).hasSize(2)
        .noneSatisfy(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Vienna"))
        .anySatisfy(d -> {
          assertThat(d.holder().actor().id()).isEqualTo("USAGOV");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("CHNGOV");
        });
  }

  @Test
  void aFlightOnAPeaceMissionIsAVisit() {
    assertThat(Readings.claims("arrival-peace-mission")).containsExactly("Hungary's prime minister NEUTRAL Moscow");
  }
}
