package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ComplementsTest {

  @Test
  void neutralVerbWithHowItWatchesHoldsANeutralStance() {
    ClaimDraft d = withCue(Fixture.of("روسيا تراقب بقلق.").read("روسيا/NNP تراقب/VBP ب/IN قلق/NN ./PUNC"), "تراقب");
    assertThat(holder(d)).isEqualTo("RUS");
    assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void neutralVerbFirstWithWhatItWatchesAfterItsSubjectHoldsANeutralStance() {
    ClaimDraft d = withCue(Fixture.of("تراقب موسكو الوضع.").read("تراقب/VBP موسكو/NNP الوضع/DTNN ./PUNC"),
        "تراقب");
    assertThat(holder(d)).isEqualTo("RUSGOV");
  }

  @Test
  void neutralVerbWhoseClauseEndsAfterItOrItsSubjectSaysNothing() {
    assertThat(Fixture.of("روسيا تراقب.").read("روسيا/NNP تراقب/VBP ./PUNC")).isEmpty();
    assertThat(Fixture.of("تراقب دمشق، والأسد.").read("تراقب/VBP دمشق/NNP ,/PUNC و/CC الاسد/DTNNP ./PUNC"))
        .isEmpty();
  }

  @Test
  void neutralVerbFollowedByAPrepositionOtherThanOneOfMannerSaysNothing() {
    assertThat(Fixture.of("الفصائل تراقب على المساعدة.").read("الفصائل/DTNN تراقب/VBP على/IN المساعدة/DTNN ./PUNC"))
        .isEmpty();
    ClaimDraft d = withCue(Fixture.of("روسيا تراقب عن كثب.").read("روسيا/NNP تراقب/VBP عن/IN كثب/NN ./PUNC"),
        "تراقب");
    assertThat(holder(d)).isEqualTo("RUS");
  }

  @Test
  void prepositionTaggedAsANounIsNothingWatched() {
    assertThat(Fixture.of("تراقب موسكو مع الأزمة.").read("تراقب/VBP موسكو/NNP مع/NN الازمة/DTNN ./PUNC")).isEmpty();
  }
}
