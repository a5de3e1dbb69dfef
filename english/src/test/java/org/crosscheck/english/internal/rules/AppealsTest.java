package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class AppealsTest {

  private static String claim(ClaimDraft d) {
    return d.holder().actor().id() + " " + d.stance() + " " + d.target().map(t -> t.actor().id()).orElse("-");
  }

  @Test
  void whoUrgesAnotherToSupportSomeoneSupportsThem() {
    assertThat(Readings.drafts("appeal-urge")).singleElement().satisfies(d -> {
      assertThat(claim(d)).isEqualTo("arab-league SUPPORT PSE");
      assertThat(d.cue()).isEqualTo("support");
      assertThat(d.event()).isEmpty();
    });
  }

  @Test
  void whoCallsOnOthersToBoycottSomeoneOpposesThem() {
    assertThat(Readings.drafts("appeal-call-on")).extracting(AppealsTest::claim).containsExactly("IRN OPPOSE ISR");
  }

  @Test
  void whoAsksForSanctionsOnSomeoneOpposesThemButNotTheOneAsked() {
    assertThat(Readings.drafts("appeal-sanctions")).extracting(AppealsTest::claim).containsOnly("FRA OPPOSE SYR");
  }

  @Test
  void anAppealToCooperateWithSomeoneIsNoStanceOfTheAskerTowardThem() {
    assertThat(Readings.drafts("appeal-cooperate")).isEmpty();
  }

  @Test
  void anAppealToFightSomeoneOpposesThem() {
    assertThat(Readings.drafts("appeal-fight")).extracting(AppealsTest::claim).containsExactly("IRN OPPOSE ISR");
  }

  @Test
  void anAppealNotToAttackSaysNothingOfTheTarget() {
    assertThat(Readings.drafts("appeal-not")).isEmpty();
  }

  @Test
  void anAppealNotToRecogniseSomeoneOpposesThem() {
    assertThat(Readings.drafts("appeal-not-recognise")).extracting(AppealsTest::claim)
        .containsExactly("SRB OPPOSE KSV");
  }

  @Test
  void anAppealReportedAsTheReasonOfAnAccusationIsNotTheAccusedsStance() {
    assertThat(Readings.drafts("appeal-reason")).extracting(AppealsTest::claim).containsExactly("SYR OPPOSE ISR");
  }

  @Test
  void whatSomeoneIsAllowedToDoIsNoStanceOfWhoAllowsIt() {
    Readings.Reading r = Readings.of("appeal-allow");
    StanceCues.Cue attack = StanceCues.find(r.graph()).stream().filter(c -> c.head().equals(r.node("attack")))
        .findFirst().orElseThrow();
    assertThat(Appeals.asking(r.graph(), attack, null)).isEmpty();
    assertThat(Readings.drafts("appeal-allow")).noneMatch(d -> d.target().map(t -> t.text().equals("Somalia"))
        .orElse(false));
  }

  @Test
  void aPassiveActAskedForSaysNothingOfWhatItsObjectUndergoes() {
    assertThat(Readings.drafts("appeal-passive")).noneMatch(d -> d.stance() == Stance.SUPPORT
        && d.target().isPresent());
  }

  @Test
  void theOneAskedIsNoTargetOfTheActAskedFor() {
    assertThat(Readings.drafts("appeal-no-target")).noneMatch(d -> d.target().isPresent());
  }

  @Test
  void aPullBackAskedOfAnotherIsNoSupportOfTheAskerForWhomItWouldLeave() {
    assertThat(Readings.drafts("appeal-pullback")).extracting(AppealsTest::claim)
        .doesNotContain("arab-league SUPPORT IRQ");
  }
}
