package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

/** The precision guards of {@link ClaimReader} and the rules it applies them with. */
class GuardsTest {

  @Test
  void aNounThatSetsTheSceneIsNoStance() {
    assertThat(Readings.drafts("at-meeting")).isEmpty();
  }

  @Test
  void theDatelineIsNoActor() {
    assertThat(Datelines.length(Readings.of("dateline").graph().toks)).isEqualTo(2);
    assertThat(Datelines.length(Readings.of("will-support").graph().toks)).isZero();
    assertThat(Readings.drafts("dateline")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Peru");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aNegatedAttackIsNoSupport() {
    assertThat(Readings.drafts("negated-condemn")).isEmpty();
    assertThat(Readings.drafts("refused")).singleElement()
        .satisfies(d -> assertThat(d.stance()).isEqualTo(Stance.OPPOSE));
  }

  @Test
  void aLightVerbLendsItsSubjectToTheNoun() {
    assertThat(Readings.drafts("light-verb-noun")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkey");
      assertThat(d.cue()).isEqualTo("offensive");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kurdish militants");
    });
  }

  @Test
  void theVictimOfAnAttackSomeoneCondemnsIsNotTheirTarget() {
    assertThat(Readings.drafts("condemned-attack")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void anActorOfAConjoinedClauseIsNotTheFallbackTarget() {
    // The talks called for are toward Bolivia; the criticism is not.
    assertThat(Readings.drafts("conj-fallback")).filteredOn(d -> d.cue().equals("criticised")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void conjoinedHoldersOfAnAsymmetricCueAreNotEachOthersTargets() {
    assertThat(Readings.drafts("symmetric")).extracting(d -> d.holder().text() + ">" + d.target().isPresent())
        .containsExactly("Chile>false", "Peru>false");
    assertThat(Readings.drafts("agreed-symmetric")).anySatisfy(
        d -> assertThat(d.holder().text() + ">" + d.target().orElseThrow().text()).isEqualTo("Chile>Peru"));
  }

  @Test
  void aWordInsideANameIsNoCueAndANameThatIsNoEntityIsNoTarget() {
    assertThat(Readings.drafts("treaty-name")).singleElement().satisfies(d -> {
      assertThat(d.cue()).isEqualTo("signed");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aTitleCaseHeadlineIsRead() {
    assertThat(Headlines.titleCase(Readings.of("title-case").graph().toks)).isTrue();
    assertThat(Headlines.titleCase(Readings.of("will-support").graph().toks)).isFalse();
    assertThat(Readings.drafts("title-case")).extracting(d -> d.target().orElseThrow().text())
        .containsExactly("Somalia", "Ethiopia");
  }

  @Test
  void anIntransitiveEventVerbMakesAClaimWithoutTarget() {
    assertThat(Readings.drafts("rioted")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egyptian demonstrators");
      assertThat(d.event().orElseThrow().code()).startsWith("14");
    });
  }

  @Test
  void aParticipleAfterHaveIsAVerbNotACommitment() {
    // "committed abuses" is an assault (CAMEO 182, ForceObjects), never a commitment.
    assertThat(Readings.drafts("had-committed")).noneSatisfy(d -> {
      assertThat(d.cue()).isEqualTo("committed");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
    assertThat(Readings.drafts("committed-to")).anySatisfy(d -> assertThat(d.cue()).isEqualTo("committed"));
  }

  @Test
  void theReasonOfABlameIsNotItsTarget() {
    assertThat(Readings.drafts("blamed-for")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Togo"));
  }
}
