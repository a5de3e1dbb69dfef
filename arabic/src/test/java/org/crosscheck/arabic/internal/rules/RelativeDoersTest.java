package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class RelativeDoersTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void doerOfThePraisedRoleIsTheTarget() {
    ClaimDraft d = withCue(read("أشاد الأردن بالدور الذي تلعبه قطر في الوساطة.",
        "اشاد/VBD الاردن/DTNNP ب/IN الدور/DTNN الذي/WP تلعب/VBP ه/PRP قطر/NNP في/IN الوساطة/DTNN ./PUNC"), "أشاد");
    assertThat(holder(d)).isEqualTo("JOR");
    assertThat(target(d)).isEqualTo("QAT");
    assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void doerOfTheCondemnedAttackIsTheTargetThroughAPrepositionOrASuffixedVerb() {
    assertThat(target(withCue(read("أدانت مصر الهجوم الذي قامت به حماس.",
        "ادانت/VBD مصر/NNP الهجوم/DTNN الذي/WP قامت/VBD ب/IN ه/PRP حماس/NNP ./PUNC"), "أدانت"))).isEqualTo("hamas");
    assertThat(target(withCue(read("رفضت موسكو الاتهامات التي وجهتها واشنطن.",
        "رفضت/VBD موسكو/NNP الاتهامات/DTNNS التي/WP وجهة/NN ها/PRP$ واشنطن/NNP ./PUNC"), "رفضت")))
        .isEqualTo("USAGOV");
  }

  @Test
  void objectOfARelativeClauseWithoutAResumptivePronounIsNoTarget() {
    // "الهجوم الذي استهدف مقر حماس": Hamas was struck; condemning the attack is no stance against it.
    assertThat(read("أدانت مصر الهجوم الذي استهدف مقر حماس.",
        "ادانت/VBD مصر/NNP الهجوم/DTNN الذي/WP استهدف/VBD مقر/NN حماس/NNP ./PUNC"))
        .noneMatch(d -> d.cue().equals("أدانت"));
  }
}
