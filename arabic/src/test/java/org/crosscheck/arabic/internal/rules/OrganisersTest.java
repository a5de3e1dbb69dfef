package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class OrganisersTest {

  @Test
  void mobilisingProtestersIsAProtestOfWhoMobilisesThem() {
    ClaimDraft d = withCue(Fixture.of("حشدت حركة حماس آلاف المتظاهرين في ساحة الجندي المجهول.").read(
        "حشدت/VBD حركة/NN حماس/NNP الاف/CD المتظاهرين/DTNNS في/IN ساحة/NN الجندي/DTNN المجهول/DTJJ ./PUNC"),
        "حشدت");
    assertThat(holder(d)).isEqualTo("hamas");
    assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void organisingAMarchAWordOfHostilityDescribesIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("ونظمت النقابات العمالية أمس مسيرة منددة بخفض الرواتب.").read(
        "و/CC نظمت/VBD النقابات/DTNNS العمالية/DTJJ امس/NN مسيرة/NN منددة/VN ب/IN خفض/NN الرواتب/DTNN ./PUNC"),
        "نظمت");
    assertThat(d.holder().text()).isEqualTo("النقابات العمالية");
  }

  @Test
  void joiningASitInIsAProtest() {
    ClaimDraft d = withCue(Fixture.of("وانضمت المعارضة إلى اعتصام المعلمين أمام البرلمان.").read(
        "و/CC انضمت/VBD المعارضة/DTNN الى/IN اعتصام/NN المعلمين/DTNNS امام/NN البرلمان/DTNN ./PUNC"), "انضمت");
    assertThat(d.holder().text()).isEqualTo("المعارضة");
    assertThat(d.target()).isEmpty();
  }

  @Test
  void organisingAMarchOfPeaceIsNoProtest() {
    assertThat(Fixture.of("ونظمت النقابات العمالية مسيرة السلام في العاصمة.").read(
        "و/CC نظمت/VBD النقابات/DTNNS العمالية/DTJJ مسيرة/NN السلام/DTNN في/IN العاصمة/DTNN ./PUNC")).isEmpty();
  }
}
