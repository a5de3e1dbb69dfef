package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class RebuttalsTest {

  private static ActorRef ref(String id) {
    Actor a = Readings.CATALOG.actor(id).orElseThrow();
    return ActorRef.of(a, a.names().values().iterator().next().get(0));
  }

  private static Discourse afterCharge(String maker, String charged) {
    Discourse d = new Discourse();
    d.set(Rebuttals.LAST, new Rebuttals.Charge(ref(maker), java.util.List.of(ref(charged)), -1));
    return d;
  }

  @Test
  void anAccusationIsRememberedAsAChargeFromItsMakerOnItsTarget() {
    Discourse d = new Discourse();
    Readings.drafts("charge-laid", d);
    assertThat(d.get(Rebuttals.LAST)).hasValueSatisfying(c -> {
      assertThat(c.maker().id()).isEqualTo("ISR");
      assertThat(c.charged()).extracting(ActorRef::id).containsExactly("IRN");
    });
  }

  @Test
  void praiseLaysNoCharge() {
    Discourse d = new Discourse();
    Readings.drafts("charge-praise", d);
    assertThat(d.get(Rebuttals.LAST)).isEmpty();
  }

  @Test
  void theChargedSidesRejectionOfTheAccusationsOpposesTheirMaker() {
    assertThat(Readings.claims("rebuttal-accusations", afterCharge("ISR", "IRN")))
        .containsExactly("Tehran OPPOSE Israel");
  }

  @Test
  void aRejectionAfterTwoSentencesAnswersTheChargeLaidInTheFirst() {
    Discourse d = new Discourse();
    Readings.drafts("charge-laid", d);
    assertThat(Readings.claims("rebuttal-accusations", d)).containsExactly("Tehran OPPOSE Israel");
  }

  @Test
  void aRejectionBySomeoneTheChargeWasNotLaidOnKeepsNoTarget() {
    assertThat(Readings.claims("rebuttal-accusations", afterCharge("ISR", "SYR")))
        .containsExactly("Tehran OPPOSE -");
  }

  @Test
  void aRejectionWithNoChargeBeforeItKeepsNoTarget() {
    assertThat(Readings.claims("rebuttal-accusations", new Discourse())).containsExactly("Tehran OPPOSE -");
  }

  @Test
  void aChargeNamedByItsContentIsNotTakenForTheOneRemembered() {
    assertThat(Readings.drafts("rebuttal-own-charge", afterCharge("ISR", "IRN")))
        .allSatisfy(x -> assertThat(x.target()).isEmpty())
        .allSatisfy(x -> assertThat(x.stance()).isEqualTo(Stance.OPPOSE));
  }

  @Test
  void aChargeCuesClaimOfSupportLaysNoCharge() {
    Discourse d = new Discourse();
    Graph g = new Graph(Readings.of("charge-laid", null, d).ctx(), Readings.LEX);
    StanceCues.Cue accused = StanceCues.find(g).get(0);
    Rebuttals.note(g, accused, g.mentionOf(g.node(0)), g.mentionOf(g.node(2)), Stance.SUPPORT);
    assertThat(d.get(Rebuttals.LAST)).isEmpty();
    Rebuttals.note(g, accused, g.mentionOf(g.node(0)), g.mentionOf(g.node(2)), Stance.OPPOSE);
    assertThat(d.get(Rebuttals.LAST)).isPresent();
  }

  @Test
  void aChargeTheRejectersOwnSideLaidIsNotAnsweredAsAnOpponents() {
    assertThat(Readings.claims("rebuttal-accusations", afterCharge("IRN", "IRN")))
        .containsExactly("Tehran OPPOSE -");
  }

  @Test
  void accusationsWithoutAPointingWordAreNotTheOneRemembered() {
    assertThat(Readings.claims("rebuttal-bare-plural", afterCharge("ISR", "IRN")))
        .containsExactly("Tehran OPPOSE -");
  }

  @Test
  void aChargeLaidOnTwoIsAnsweredByEitherOfThem() {
    Discourse d = new Discourse();
    Readings.drafts("charge-laid-two", d);
    assertThat(d.get(Rebuttals.LAST)).hasValueSatisfying(
        c -> assertThat(c.charged()).extracting(ActorRef::id).containsExactly("CRI", "PAN"));
    assertThat(Readings.claims("charge-rejected-first", d)).containsExactly("Costa Rica OPPOSE Nicaragua");
  }
}
