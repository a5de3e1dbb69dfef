package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ThreatsTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void threatToStrikeAnActorIsAgainstIt() {
    ClaimDraft d = withCue(read("هددت باكستان بضرب الهند.",
        "هددت/VBD باكستان/NNP ب/IN ضرب/NN الهند/DTNNP ./PUNC"), "هددت");
    assertThat(holder(d)).isEqualTo("PAK");
    assertThat(target(d)).isEqualTo("IND");
  }

  @Test
  void threatToStrikeAStatesAssetsIsAgainstThatState() {
    assertThat(target(withCue(read("فنزويلا تتوعد بقصف السفن الأمريكية.",
        "فنزويلا/NNP تتوعد/VBP ب/IN قصف/NN السفن/DTNN الامريكية/DTJJ ./PUNC"), "تتوعد"))).isEqualTo("USA");
  }

  @Test
  void condemningAStrikeIsNoStanceAgainstWhomItStruck() {
    assertThat(read("أدانت باكستان بقصف الهند.",
        "ادانت/VBD باكستان/NNP ب/IN قصف/NN الهند/DTNNP ./PUNC"))
        .noneMatch(d -> d.cue().equals("أدانت") && target(d).equals("IND"));
  }
}
