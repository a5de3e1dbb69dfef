package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void theGerundAfterARetaliationAgainstAPartyIsThePartysActNotTheSubjects() {
    Readings.Reading r = Readings.of("reason-retaliate");
    assertThat(Reasons.given(r.graph(), r.node("hosting"))).isTrue();
    assertThat(Readings.drafts("reason-retaliate")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Iran");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Azerbaijan");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void sanctionsOnAPartyForWelcomingSomeoneAreNoWelcomeBySanctioner() {
    Readings.Reading r = Readings.of("reason-sanctions");
    assertThat(Reasons.given(r.graph(), r.node("welcoming"))).isTrue();
    assertThat(Readings.drafts("reason-sanctions"))
        .noneMatch(d -> d.stance() == Stance.SUPPORT)
        .anySatisfy(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Czechia"));
  }

  @Test
  void withoutAPartyTheForPhraseIsWhatIsDone() {
    Readings.Reading r = Readings.of("reason-none");
    assertThat(Reasons.given(r.graph(), r.node("supporting"))).isFalse();
    assertThat(Readings.drafts("reason-none")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ukraine");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void whatAPunishmentIsForIsNoStanceOfThePunisherNorOfTheSentence() {
    assertThat(Readings.drafts("reason-spying")).noneSatisfy(d -> assertThat(d.target()).isPresent());
  }

  @Test
  void aReasonHungOnThePartyPunishedIsNoStanceOfTheParty() {
    Readings.Reading r = Readings.of("reason-on-party");
    assertThat(Reasons.given(r.graph(), r.node("supporting"))).isTrue();
    assertThat(Readings.drafts("reason-on-party")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Qatar"));
  }

  @Test
  void aPurposeHungOnAThingStaysAStance() {
    Readings.Reading r = Readings.of("reason-purpose");
    assertThat(Reasons.given(r.graph(), r.node("supporting"))).isFalse();
  }

  @Test
  void thoseWrongedInAChargeAreNoTargetOfTheAccusation() {
    // "accused both warring parties of committing war crimes against refugees": the parser hangs "against refugees"
    // on "accused"; the refugees are in the charge, and the accused are named by no actor.
    Readings.Reading r = Readings.of("accused-parties-of-atrocities-against");
    assertThat(Reasons.inCharge(r.graph(), r.node("accused"), r.node("refugees"), "obl:against")).isTrue();
    // Nor is any claim toward no one: the accused are people the sentence leaves unnamed (UnnamedParties).
    assertThat(Readings.drafts("accused-parties-of-atrocities-against")).isEmpty();
    assertThat(Readings.drafts("accused-sides-of-abuses-against")).isEmpty();
  }

  @Test
  void anAccusationsReasonHungOnTheAccusedIsNoStanceOfTheAccuser() {
    Readings.Reading r = Readings.of("accused-of-funding");
    assertThat(Reasons.given(r.graph(), r.node("funding"))).isTrue();
    assertThat(Readings.drafts("accused-of-funding")).isNotEmpty()
        .noneMatch(d -> d.cue().contains("funding") || d.stance() == Stance.SUPPORT);
  }
}
