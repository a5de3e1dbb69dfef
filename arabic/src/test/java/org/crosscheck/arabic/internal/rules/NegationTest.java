package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class NegationTest {

  @Test
  void negationBeforeTheCueTurnsSupportIntoOpposition() {
    ClaimDraft d = withCue(Fixture.of("أكدت تركيا أنها لن تدعم إيران.")
        .read("اكدت/VBD تركيا/NNP ان/IN ها/PRP لن/RP تدعم/VBP ايران/NNP ./PUNC"), "لن تدعم");
    assertThat(d.negated()).isTrue();
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void twoNegationsCancel() {
    ClaimDraft d = withCue(Fixture.of("روسيا لا تريد عدم دعم سوريا.")
        .read("روسيا/NNP لا/RP تريد/VBP عدم/NN دعم/NN سوريا/NNP ./PUNC"), "لا تريد عدم دعم");
    assertThat(d.negated()).isFalse();
    assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void negatedPlanNounTurnsSupportIntoOpposition() {
    ClaimDraft d = withCue(Fixture.of("لا نية لدى روسيا لمساعدة إيران.")
        .read("لا/VBP نية/NN لدى/NN روسيا/NNP ل/IN مساعدة/NN ايران/NNP ./PUNC"), "نية لدى روسيا لمساعدة");
    assertThat(d.negated()).isTrue();
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void planNounWithoutANegationLeavesTheStance() {
    ClaimDraft d = withCue(Fixture.of("لدى روسيا نية لمساعدة إيران.")
        .read("لدى/NN روسيا/NNP نية/NN ل/IN مساعدة/NN ايران/NNP ./PUNC"), "نية لمساعدة");
    assertThat(d.negated()).isFalse();
    assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void negationBeforeAVerbOfCeasingMeansStillAndNegatesNothing() {
    ClaimDraft d = withCue(Fixture.of("السعودية لا تزال تعتقل ناشطين.")
        .read("السعودية/DTNNP لا/RP تزال/VBP تعتقل/VBP ناشطين/NNS ./PUNC"), "لا تزال تعتقل");
    assertThat(d.negated()).isFalse();
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }
}
