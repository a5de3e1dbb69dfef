package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class UndergoneTest {

  private static List<ClaimDraft> read(String text, String tagged) {
    return Fixture.of(text).read(tagged);
  }

  @Test
  void subjectOfExposureIsTheTargetAndTheActorAfterMinTheHolder() {
    ClaimDraft d = withCue(read("تعرضت الكويت لانتقادات حادة من العراق.",
        "تعرضت/VBD الكويت/DTNNP ل/IN انتقادات/NNS حادة/JJ من/IN العراق/DTNNP ./PUNC"), "لانتقادات");
    assertThat(holder(d)).isEqualTo("IRQ");
    assertThat(target(d)).isEqualTo("KWT");
  }

  @Test
  void subjectBeforeTheVerbIsTheTargetOfADemonymsPressure() {
    ClaimDraft d = withCue(read("اليونان تخضع لضغوط ألمانية.",
        "اليونان/DTNNP تخضع/VBP ل/IN ضغوط/NNS المانية/JJ ./PUNC"), "لضغوط");
    assertThat(holder(d)).isEqualTo("DEU");
    assertThat(target(d)).isEqualTo("GRC");
  }

  @Test
  void exposureWithNoDoerNamedMakesNoClaimOfTheSubject() {
    assertThat(read("تعرضت الكويت لانتقادات.", "تعرضت/VBD الكويت/DTNNP ل/IN انتقادات/NNS ./PUNC")).isEmpty();
  }
}
