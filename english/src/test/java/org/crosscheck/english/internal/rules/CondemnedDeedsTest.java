package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class CondemnedDeedsTest {

  /** The memory after {@code sentences} sentences read, the last act of force done by {@code doer} in {@code at}. */
  private static Discourse after(String doer, int at, int sentences) {
    Actor a = Readings.CATALOG.actor(doer).orElseThrow();
    Discourse d = new Discourse();
    d.set(CondemnedDeeds.LAST, new CondemnedDeeds.Deed(ActorRef.of(a, a.names().values().iterator().next().get(0)),
        at));
    d.set(CondemnedDeeds.SENTENCES, sentences);
    return d;
  }

  @Test
  void anActOfForceToldAsANounIsRememberedWithItsDoer() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    assertThat(d.get(CondemnedDeeds.LAST)).hasValueSatisfying(x -> assertThat(x.doer().id()).isEqualTo("ISR"));
  }

  @Test
  void theStrikesCondemnedInTheNextSentenceAreTheirDoers() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    assertThat(Readings.claims("deed-condemned", d)).containsExactly("Egypt OPPOSE Israel");
  }

  @Test
  void anActToldLongBeforeIsNotRecalled() {
    assertThat(Readings.claims("deed-condemned", after("ISR", 1, 3))).containsExactly("Egypt OPPOSE -");
    assertThat(Readings.claims("deed-condemned", after("ISR", 1, 2))).containsExactly("Egypt OPPOSE Israel");
  }

  @Test
  void theReactionsGatheredAfterTheLeadRecallItsAttackNotALaterOne() {
    Discourse d = after("ISR", 9, 10);
    Actor first = Readings.CATALOG.actor("EGY").orElseThrow();
    d.set(CondemnedDeeds.FIRST, new CondemnedDeeds.Deed(ActorRef.of(first, "Egypt"), 1));
    d.set(CondemnedDeeds.SENTENCES, 14);
    assertThat(Readings.claims("deed-condemned", d)).containsExactly("Egypt OPPOSE -");
    d.set(CondemnedDeeds.FIRST, new CondemnedDeeds.Deed(ActorRef.of(Readings.CATALOG.actor("SDN").orElseThrow(),
        "Sudan"), 1));
    assertThat(Readings.claims("deed-condemned", d)).containsExactly("Egypt OPPOSE Sudan");
    d.set(CondemnedDeeds.SENTENCES, 40);
    assertThat(Readings.claims("deed-condemned", d)).containsExactly("Egypt OPPOSE -");
  }

  @Test
  void missilesShotDownLeaveTheAttackTheyAnswerInMind() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    Readings.drafts("deed-shot-down", d);
    assertThat(d.get(CondemnedDeeds.LAST)).hasValueSatisfying(x -> assertThat(x.doer().id()).isEqualTo("ISR"));
    assertThat(Readings.claims("deed-condemned-by-person", d)).containsExactly("Amadou Keita OPPOSE Israel");
  }

  @Test
  void missilesFiredAreTheFirersDeedInMind() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    Readings.drafts("deed-fired-missiles", d);
    assertThat(d.get(CondemnedDeeds.LAST)).hasValueSatisfying(x -> assertThat(x.doer().id()).isEqualTo("EGY"));
  }

  @Test
  void anActOfTheHoldersOwnSideIsNoTarget() {
    assertThat(Readings.claims("deed-condemned", after("EGY", 1, 1))).containsExactly("Egypt OPPOSE -");
  }

  @Test
  void strikesDescribedAnewAreNotTheOnesRemembered() {
    assertThat(Readings.claims("deed-condemned-modified", after("ISR", 1, 1))).containsExactly("Egypt OPPOSE -");
  }

  @Test
  void strikesNamedWithoutAPointingWordAreNotTheOnesRemembered() {
    assertThat(Readings.claims("deed-condemned-bare", after("ISR", 1, 1))).doesNotContain("Egypt OPPOSE Israel");
  }

  @Test
  void anActOfForceToldByItsVerbIsRememberedToo() {
    Discourse d = new Discourse();
    Readings.drafts("deed-shelled", d);
    assertThat(Readings.claims("deed-condemned", d)).containsExactly("Egypt OPPOSE Syria");
  }

  @Test
  void drillsCondemnedNextAreTheDoersShowOfForce() {
    Discourse d = new Discourse();
    Readings.drafts("aimed-drills-around", d);
    assertThat(d.get(CondemnedDeeds.LAST)).hasValueSatisfying(x -> assertThat(x.show()).isTrue());
    assertThat(Readings.claims("recall-drills-condemned", d)).containsExactly("Japan OPPOSE China");
  }

  @Test
  void drillsDoNotRecallAnAttack() {
    assertThat(Readings.claims("recall-drills-condemned", after("ISR", 1, 1))).containsExactly("Japan OPPOSE -");
  }

  @Test
  void aMissileFiredAtNoOneIsStillTheLaunchCondemnedNext() {
    Discourse d = new Discourse();
    assertThat(Readings.claims("recall-missile-fired", d)).containsExactly("North Korea OPPOSE -");
    assertThat(Readings.claims("recall-launch-condemned", d)).containsExactly("Tokyo OPPOSE North Korea");
  }

  @Test
  void drillsThatMakeNoClaimAreStillTheDrillsCondemnedNext() {
    Discourse d = new Discourse();
    assertThat(Readings.claims("aimed-named-sea", d)).isEmpty();
    assertThat(Readings.claims("recall-drills-condemned", d)).containsExactly("Japan OPPOSE Russia");
  }

  @Test
  void aDeedRecalledStaysInMindForTheNextSentences() {
    Discourse d = after("PRK", 1, 2);
    assertThat(Readings.claims("recall-launch-condemned", d)).containsExactly("Tokyo OPPOSE North Korea");
    d.set(CondemnedDeeds.SENTENCES, d.get(CondemnedDeeds.SENTENCES).orElseThrow() + 1);
    assertThat(Readings.claims("recall-launch-condemned", d)).containsExactly("Tokyo OPPOSE North Korea");
  }

  @Test
  void theTimingOfTheRaidsCriticisedIsTheirDoers() {
    Discourse d = new Discourse();
    Readings.drafts("aimed-bombed-targets", d);
    assertThat(Readings.claims("recall-timing-raids", d)).containsExactly("France OPPOSE Israeli warplanes");
  }

  @Test
  void theTimingOfSomethingElseRecallsNoDeed() {
    assertThat(Readings.claims("recall-timing-elections", after("ISR", 1, 1))).containsExactly("France OPPOSE -");
  }

  @Test
  void forcesPutOnAlertAreNotTheDrillsCondemnedNext() {
    Discourse d = new Discourse();
    Readings.drafts("deed-alert", d);
    assertThat(Readings.claims("recall-drills-condemned", d)).containsExactly("Japan OPPOSE -");
  }

  @Test
  void raidsToldMoreOfInACommaClauseAreTheOnesRemembered() {
    assertThat(Readings.claims("recall-raids-which", after("ISR", 1, 1))).containsExactly("France OPPOSE Israel");
  }

  @Test
  void raidsPickedOutByARestrictiveClauseAreNotTheOnesRemembered() {
    assertThat(Readings.claims("recall-raids-that", after("ISR", 1, 1))).containsExactly("France OPPOSE -");
  }

  @Test
  void theFirstActOfForceToldStaysTheLeadsAfterOthers() {
    Discourse d = new Discourse();
    Readings.drafts("deed-air-strikes", d);
    Readings.drafts("deed-shelled", d);
    assertThat(d.get(CondemnedDeeds.FIRST)).hasValueSatisfying(x -> assertThat(x.doer().id()).isEqualTo("ISR"));
    assertThat(d.get(CondemnedDeeds.LAST)).hasValueSatisfying(x -> assertThat(x.doer().id()).isEqualTo("SYR"));
  }
}
