package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class PeaceForcesTest {

  @Test
  void monitorsDeployedInAStateAreTheSendersSupportOfIt() {
    Readings.Reading r = Readings.of("peace-monitors-in-state");
    assertThat(PeaceForces.sends(r.graph(), r.node("deployed"))).isTrue();
    assertThat(Readings.drafts("peace-monitors-in-state")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("European Union");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Armenia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.event().orElseThrow().code()).isEqualTo(PeaceForces.PEACEKEEPING);
    });
  }

  @Test
  void peacekeepingTroopsSentToAStateAreSupportNotCombatTroops() {
    Readings.Reading r = Readings.of("peacekeeping-troops-to-state");
    assertThat(PeaceForces.peace(r.graph(), r.node("troops"))).isTrue();
    assertThat(Readings.drafts("peacekeeping-troops-to-state")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Bangladesh");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Sudan");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void observersDeployedInACityAreNoStanceTowardItsState() {
    Readings.Reading r = Readings.of("peace-observers-in-city");
    assertThat(PeaceForces.sends(r.graph(), r.node("deployed"))).isTrue();
    assertThat(Readings.drafts("peace-observers-in-city")).isEmpty();
  }

  @Test
  void combatSoldiersDeployedInAStateStayNoStance() {
    Readings.Reading r = Readings.of("combat-troops-in-state");
    assertThat(PeaceForces.sends(r.graph(), r.node("deployed"))).isFalse();
    assertThat(Readings.drafts("combat-troops-in-state")).isEmpty();
  }

  @Test
  void peacekeepersArrivingInAStateAreTheirStatesSupportOfIt() {
    Readings.Reading r = Readings.of("peacekeepers-arrived-state");
    assertThat(PeaceForces.arrives(r.graph(), r.node("arrived"))).isTrue();
    assertThat(Readings.drafts("peacekeepers-arrived-state")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("IND");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Cyprus");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void peacekeepersArrivingInACityAreNoStanceTowardItsState() {
    assertThat(Readings.drafts("peacekeepers-arrived-city")).isEmpty();
  }

  @Test
  void combatTroopsArrivingInAStateStayNoStance() {
    Readings.Reading r = Readings.of("troops-arrived-state");
    assertThat(PeaceForces.arrives(r.graph(), r.node("arrived"))).isFalse();
    assertThat(Readings.drafts("troops-arrived-state")).isEmpty();
  }

  @Test
  void batchOfPeacekeepersArrivingIsItsOwnersSupportOfTheHost() {
    assertThat(Readings.claims("pf-batch-peacekeepers-arrived")).containsExactly("Chinese SUPPORT Lebanon");
  }

  @Test
  void batchOfCombatTroopsArrivingIsNoStance() {
    assertThat(Readings.claims("pf-batch-troops-arrived")).isEmpty();
  }

  @Test
  void observersSentToACityKeepNoStatesPeace() {
    assertThat(Readings.claims("observers-to-city")).noneMatch(c -> c.contains("Muscat") || c.contains("Oman"));
    assertThat(Readings.claims("observers-to-state")).contains("European Union SUPPORT Georgia");
  }
}
