package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class AimsTest {

  @Test
  void participleOfAimingNamesWhomTheBlastStruck() {
    ClaimDraft d = withCue(Fixture.of("فجر مسلح نفسه قرب مدخل السوق القديم، مستهدفا دورية للجيش.").read(
        "فجر/VBD مسلح/NN نفس/NN ه/PRP$ قرب/NN مدخل/NN السوق/DTNN القديم/DTJJ ,/PUNC مستهدفا/JJ دورية/NN ل/IN"
            + " الجيش/DTNN ./PUNC"), "فجر");
    assertThat(target(d)).isEqualTo("adhoc:government:الجيش");
  }

  @Test
  void participleOfAimingAfterAnAttackNamesItsTarget() {
    ClaimDraft d = withCue(Fixture.of("شنت القوات الأمريكية غارات ليلية في الجبال، مستهدفة مخابئ المتمردين.").read(
        "شنت/VBD القوات/DTNNS الامريكية/DTJJ غارات/NNS ليلية/JJ في/IN الجبال/DTNN ,/PUNC مستهدفة/JJ مخابئ/NN"
            + " المتمردين/DTNNS ./PUNC"), "شنت");
    assertThat(d.target().orElseThrow().text()).isEqualTo("المتمردين");
  }

  @Test
  void placeAfterTheParticipleIsNoTarget() {
    ClaimDraft d = withCue(Fixture.of("فجر مسلح نفسه قرب مدخل السوق القديم، مستهدفا سوقا في سوريا.").read(
        "فجر/VBD مسلح/NN نفس/NN ه/PRP$ قرب/NN مدخل/NN السوق/DTNN القديم/DTJJ ,/PUNC مستهدفا/JJ سوقا/NN في/IN"
            + " سوريا/NNP ./PUNC"), "فجر");
    assertThat(target(d)).isEqualTo("-");
  }
}
