package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class MandatesTest {

  @Test
  void aPeaceForcesMandateRenewedIsSupportOfTheStateItServesIn() {
    Readings.Reading r = Readings.of("mandate-renewed-state");
    assertThat(Mandates.states(r.graph(), r.node("renewed"))).containsExactly(r.node("Cyprus"));
    assertThat(Readings.drafts("mandate-renewed-state")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Security Council");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Cyprus");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void anExtensionOfAMonitoringMissionApprovedIsSupportOfItsHostState() {
    assertThat(Readings.drafts("mandate-extension-approved")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("African Union");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Sudan");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aMilitaryOperationExtendedInAStateIsNoSupportOfIt() {
    Readings.Reading r = Readings.of("operation-extended");
    assertThat(Mandates.states(r.graph(), r.node("extended"))).isEmpty();
    assertThat(Readings.drafts("operation-extended")).noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void aPeaceMissionEndedIsNoSupportOfItsHost() {
    assertThat(Readings.drafts("mission-ended")).noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void aPlaceTheParserHangsOnTheMandateIsStillTheMissionsHostState() {
    Readings.Reading r = Readings.of("mandate-place-on-mandate");
    assertThat(r.graph().parent(r.node("Cyprus"))).isEqualTo(r.node("mandate"));
    assertThat(Readings.drafts("mandate-place-on-mandate")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Security Council");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Cyprus");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aPeacekeepingMandateExtendedInAStateIsSupportOfIt() {
    assertThat(Readings.drafts("peacekeeping-mandate-extended")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Security Council");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Cyprus");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }
}
