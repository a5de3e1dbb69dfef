package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class MovedForcesTest {

  @Test
  void forcesSentSomewhereAreNoStanceByThemselves() {
    Readings.Reading r = Readings.of("moved-troops");
    assertThat(MovedForces.moves(r.graph(), r.node("sent"))).isTrue();
    assertThat(Readings.drafts("moved-troops")).isEmpty();
  }

  @Test
  void weaponsSentAreSupportOfWhomTheyGoTo() {
    Readings.Reading r = Readings.of("sent-weapons");
    assertThat(MovedForces.moves(r.graph(), r.node("sent"))).isFalse();
    assertThat(Readings.drafts("sent-weapons")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Sweden");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ukraine");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.event().orElseThrow().code()).isEqualTo("072");
    });
  }

  @Test
  void thePurposeOfForcesSentIsTheSendersStance() {
    Readings.Reading r = Readings.of("moved-purpose");
    assertThat(MovedForces.mover(r.graph(), r.node("help"))).isEqualTo(r.node("sent"));
    assertThat(Readings.drafts("moved-purpose")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Britain");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Jordan");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void forcesWithdrawnAreNoTargetWhomTheyLeaveIs() {
    Readings.Reading r = Readings.of("withdrew-troops");
    assertThat(MovedForces.force(r.graph(), r.node("troops"))).isTrue();
    // Done, the pullout backs no one (Retreats); offered, it is a concession to whom the troops leave.
    Readings.Reading offered = Readings.of("retreat-willing");
    assertThat(MovedForces.force(offered.graph(), offered.node("soldiers"))).isTrue();
    assertThat(Readings.drafts("retreat-willing")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Azerbaijan"));
  }

  @Test
  void policeSentAbroadAreNoStanceTowardWhereTheyGo() {
    Readings.Reading r = Readings.of("moved-police");
    assertThat(MovedForces.moves(r.graph(), r.node("deployed"))).isTrue();
    assertThat(Readings.drafts("moved-police")).isEmpty();
  }

  @Test
  void anEnvoyRecalledFromACapitalIsNoTargetTheCapitalIs() {
    // The parser hangs the "from" phrase on the envoy, not on the verb, when no possessive comes first.
    assertThat(Readings.drafts("recall-envoy-from-capital")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Peru");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Caracas");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void agreeingToSendForcesToAStateIsSupportOfTheStateNotOfTheForces() {
    Readings.Reading r = Readings.of("agreed-dispatch-soldiers");
    assertThat(MovedForces.destinations(r.graph(), r.node("dispatch"))).containsExactly(r.node("Somalia"));
    assertThat(Readings.drafts("agreed-dispatch-soldiers")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Uganda");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Somalia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void threateningToSendTroopsIntoAStateOpposesTheState() {
    assertThat(Readings.drafts("threatened-send-troops")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Iraq");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void forcesAgreedToBeSentNowhereNamedAreNoTarget() {
    assertThat(Readings.drafts("agreed-send-troops-nowhere"))
        .allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void troopsAStateAgreesToWithdrawAreItsOwnNotItsTarget() {
    assertThat(Readings.claims("moved-1")).containsExactly("Ethiopia SUPPORT Somalia");
  }

  @Test
  void troopsPulledOutAreTheirStatesOwnToo() {
    assertThat(Readings.claims("moved-4")).noneMatch(c -> c.endsWith("troops"));
  }

  @Test
  void troopsContributedToAMissionAreTheContributorsOwnNotItsTarget() {
    assertThat(Readings.claims("contributes-troops")).noneMatch(c -> c.endsWith("troops"));
  }

  @Test
  void reinforcingAGarrisonMovesForcesAndIsNoStance() {
    Readings.Reading r = Readings.of("reinforced-garrison");
    assertThat(MovedForces.moves(r.graph(), r.node("reinforced"))).isTrue();
    assertThat(Readings.claims("reinforced-garrison")).isEmpty();
    assertThat(Readings.claims("reinforces-garrison-headline")).isEmpty();
  }

  @Test
  void troopsOfferedAreTheOfferersOwnNotItsTarget() {
    assertThat(Readings.claims("offered-troops")).noneMatch(c -> c.endsWith("troops"));
    assertThat(Readings.claims("offered-troops-to")).noneMatch(c -> c.endsWith("troops"));
  }
}
