package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ClaimReaderTest {

  @Test
  void reportedClaimIsVoicedByTheSpeaker() {
    assertThat(Readings.drafts("said-that")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Russia");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Serbia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.modality()).isEqualTo(Modality.FUTURE);
      assertThat(d.speaker().orElseThrow().text()).isEqualTo("Kremlin");
      assertThat(d.report()).isEqualTo(ClaimDraft.Report.NAMED);
    });
  }

  @Test
  void claimCarriedByAnOutletOnlyIsReportedWithoutANamedVoice() {
    assertThat(Readings.drafts("media-subject")).singleElement().satisfies(d -> {
      assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
      assertThat(d.speaker()).isEmpty();
      assertThat(d.agencies()).extracting(a -> a.actor().id()).containsExactly("ria-novosti");
    });
  }

  @Test
  void unnamedVoiceIsMarked() {
    assertThat(Readings.drafts("reports-said")).singleElement().satisfies(d -> {
      assertThat(d.unnamedVoice()).isTrue();
      assertThat(d.report()).isEqualTo(ClaimDraft.Report.UNNAMED);
    });
  }

  @Test
  void analystsClaimsAreNotRead() {
    assertThat(Readings.drafts("analyst")).isEmpty();
  }

  @Test
  void negationTurnsTheStanceAround() {
    assertThat(Readings.drafts("refused")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.negated()).isTrue();
    });
  }

  @Test
  void reciprocalCueGivesEachHolderTheOtherAsTarget() {
    // The verb and its noun of talks may both say it; the article keeps one claim per pair (ArticleRun).
    assertThat(Readings.drafts("reciprocal")).extracting(d -> d.holder().text() + ">" + d.target().orElseThrow()
        .text()).containsOnly("Armenia>Azerbaijan", "Azerbaijan>Armenia").contains("Armenia>Azerbaijan",
        "Azerbaijan>Armenia");
  }

  @Test
  void cueInsideQuotesIsDirectSpeech() {
    assertThat(Readings.drafts("we-support")).singleElement().satisfies(d -> assertThat(d.direct()).isTrue());
    assertThat(Readings.drafts("said-that")).singleElement().satisfies(d -> assertThat(d.direct()).isFalse());
  }

  @Test
  void verbCueWithoutTargetIsStillAClaim() {
    assertThat(Readings.drafts("strongholds-homes")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void pastYearMarksTheDraftAsLookingBack() {
    assertThat(Readings.drafts("in-2015")).allSatisfy(d -> assertThat(d.lookingBack()).isTrue());
  }

  @Test
  void aVisitOrHostingWithNoPartyNamedIsNoClaim() {
    assertThat(Readings.drafts("hosted-summit")).isEmpty();
    assertThat(Readings.drafts("will-support")).isNotEmpty();
  }

  @Test
  void restoringTiesIsReciprocalButRestoringOrderIsNot() {
    assertThat(Readings.drafts("restore-ties")).extracting(d -> d.holder().text() + ">" + d.target().orElseThrow()
        .text()).containsExactlyInAnyOrder("Qatar>Egypt", "Egypt>Qatar");
    assertThat(Readings.drafts("restore-order")).noneMatch(d -> d.target().isPresent());
  }

  @Test
  void aProtestInSupportOfSomeoneIsNoOppositionOfTheProtesters() {
    assertThat(Readings.of("manner-support").graph().mentionAt(2)).isNotNull();
    assertThat(Readings.drafts("manner-support")).noneMatch(d -> d.stance() == Stance.OPPOSE);
  }

  @Test
  void aVowOfRevengeIsTheNounsClaimWithItsTargetAndNoTargetlessVerbClaim() {
    assertThat(Readings.drafts("vowed-revenge")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Hamas");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(Readings.drafts("threatened-retaliation")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("retaliation");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Turkey");
    });
    assertThat(Readings.drafts("offered-mediation")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }
}
