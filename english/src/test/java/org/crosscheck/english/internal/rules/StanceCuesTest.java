package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class StanceCuesTest {

  private static List<StanceCues.Cue> cues(String id) {
    return StanceCues.find(Readings.of(id).graph());
  }

  @Test
  void verbCueTakesItsLexiconStance() {
    assertThat(cues("passive-agent")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("condemned");
      assertThat(c.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(c.nominal()).isFalse();
    });
  }

  @Test
  void nounCueIsNominal() {
    assertThat(cues("possessive-noun")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("support");
      assertThat(c.nominal()).isTrue();
    });
  }

  @Test
  void multiWordPhraseIsOneCue() {
    assertThat(cues("cut-ties")).extracting(StanceCues.Cue::text).contains("cut ties");
  }

  @Test
  void adjectivalParticipleReadsAsAdjective() {
    assertThat(cues("committed-to")).filteredOn(c -> c.text().equals("committed")).singleElement()
        .satisfies(c -> assertThat(c.nominal()).isTrue());
  }

  @Test
  void cueTextTakesTheGoverningVerbCloseBeforeIt() {
    assertThat(cues("continue-to-back")).extracting(StanceCues.Cue::text).containsExactly("continue to back");
  }

  @Test
  void cueTextTakesAnAdjectiveModifier() {
    assertThat(cues("light-verb")).extracting(StanceCues.Cue::text).containsExactly("stern warning");
  }

  @Test
  void settingFireToSomethingOpposesWhoeverOwnsIt() {
    assertThat(cues("set-fire")).extracting(StanceCues.Cue::text, StanceCues.Cue::stance)
        .contains(org.assertj.core.groups.Tuple.tuple("set fire", Stance.OPPOSE));
    assertThat(Readings.drafts("set-fire")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("PSEEDU"));
  }

  @Test
  void aVerbKnownOnlyByItsPatternsIsACueWhenOneFollowsIt() {
    assertThat(cues("pattern-cue")).extracting(StanceCues.Cue::text, StanceCues.Cue::stance)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("closed", Stance.OPPOSE));
    assertThat(cues("pattern-no-match")).isEmpty();
  }
}
