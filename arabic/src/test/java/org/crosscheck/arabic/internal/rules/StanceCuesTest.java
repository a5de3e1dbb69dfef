package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.TextForms;
import org.junit.jupiter.api.Test;

class StanceCuesTest {

  private static Object cue(String word) {
    return StanceCues.of(Fixture.LEX, TextForms.fold(word)).map(Stance::name).orElse("none");
  }

  @Test
  void matchesAStemAsWrittenAndBehindItsArticleAndClitics() {
    assertThat(cue("دعم")).isEqualTo("SUPPORT");
    assertThat(cue("وبالدعم")).isEqualTo("SUPPORT");
  }

  @Test
  void matchesAnImperfectVerbWithoutItsPrefix() {
    assertThat(cue("تدعم")).isEqualTo("SUPPORT");
    assertThat(cue("يرفض")).isEqualTo("OPPOSE");
  }

  @Test
  void matchesAVerbWithoutPrefixAndSuffix() {
    assertThat(cue("يهاجمون")).isEqualTo("OPPOSE");
  }

  @Test
  void matchesAWordWithoutItsSuffix() {
    assertThat(cue("رفضت")).isEqualTo("OPPOSE");
    assertThat(cue("دعمها")).isEqualTo("SUPPORT");
  }

  @Test
  void leavesOtherWordsAndTooShortStemsAlone() {
    assertThat(cue("وزير")).isEqualTo("none");
    assertThat(cue("تدع")).isEqualTo("none");
  }
}
