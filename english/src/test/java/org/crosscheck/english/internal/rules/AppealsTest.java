package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class AppealsTest {

  /** The drafts of the acts asked for, without the asker's NEUTRAL contact with the one asked (AppealAddressees). */
  private static java.util.List<ClaimDraft> asked(String id) {
    return Readings.drafts(id).stream().filter(d -> d.stance() != Stance.NEUTRAL).toList();
  }

  @Test
  void whoUrgesAnotherToSupportSomeoneSupportsThem() {
    assertThat(asked("appeal-urge")).singleElement().satisfies(d -> {
      assertThat(Readings.claimId(d)).isEqualTo("arab-league SUPPORT PSE");
      assertThat(d.cue()).isEqualTo("support");
      assertThat(d.event()).isEmpty();
    });
  }

  @Test
  void whoCallsOnOthersToBoycottSomeoneOpposesThem() {
    assertThat(Readings.drafts("appeal-call-on")).extracting(Readings::claimId).containsExactly("IRN OPPOSE ISR");
  }

  @Test
  void whoAsksForSanctionsOnSomeoneOpposesThemButNotTheOneAsked() {
    assertThat(asked("appeal-sanctions")).extracting(Readings::claimId).containsOnly("FRA OPPOSE SYR");
  }

  @Test
  void anAppealToCooperateWithSomeoneIsNoStanceOfTheAskerTowardThem() {
    assertThat(asked("appeal-cooperate")).isEmpty();
  }

  @Test
  void anAppealToFightSomeoneOpposesThem() {
    assertThat(asked("appeal-fight")).extracting(Readings::claimId).containsExactly("IRN OPPOSE ISR");
  }

  @Test
  void anAppealNotToAttackSaysNothingOfTheTarget() {
    assertThat(asked("appeal-not")).isEmpty();
  }

  @Test
  void anAppealNotToRecogniseSomeoneOpposesThem() {
    assertThat(asked("appeal-not-recognise")).extracting(Readings::claimId)
        .containsExactly("SRB OPPOSE KSV");
  }

  @Test
  void anAppealReportedAsTheReasonOfAnAccusationIsNotTheAccusedsStance() {
    assertThat(Readings.drafts("appeal-reason")).extracting(Readings::claimId).containsExactly("SYR OPPOSE ISR");
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
    assertThat(asked("appeal-no-target")).noneMatch(d -> d.target().isPresent());
  }

  @Test
  void aPullBackAskedOfAnotherIsNoSupportOfTheAskerForWhomItWouldLeave() {
    assertThat(Readings.drafts("appeal-pullback")).extracting(Readings::claimId)
        .doesNotContain("arab-league SUPPORT IRQ");
  }

  @Test
  void anInfinitiveHungOnTheOnesAskedIsTheActAskedForNotTheirs() {
    assertThat(Readings.claims("appeal-hung-on-asked")).noneMatch(c -> c.startsWith("shopkeepers"));
  }

  @Test
  void aContactAskedOfAnotherIsNoneOfTheAskersOwn() {
    assertThat(Readings.claims("appeal-contact-third")).isEmpty();
    assertThat(Readings.claims("appeal-contact-third-plain")).isEmpty();
  }
}
