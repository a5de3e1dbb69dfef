package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class PeopleSubjectsTest {

  @Test
  void countedPeopleBeforeAVerbOfProtestHoldIt() {
    ClaimDraft d = withCue(Fixture.of("قال الشهود إن نحو مئتي شخص تظاهروا أمام المحكمة.").read(
        "قال/VBD الشهود/DTNNS ان/IN نحو/NN مئتي/CD شخص/NN تظاهروا/VBD امام/NN المحكمة/DTNN ./PUNC"), "تظاهروا");
    assertThat(holder(d)).startsWith("adhoc:group:");
    assertThat(d.holder().text()).isEqualTo("شخص");
  }

  @Test
  void peopleAfterAVerbOfProtestHoldIt() {
    ClaimDraft d = withCue(Fixture.of("تظاهر مئات الأشخاص في الجامعة ضد الحكومة السودانية.").read(
        "تظاهر/VBD مئات/NN الاشخاص/DTNNS في/IN الجامعة/DTNN ضد/NN الحكومة/DTNN السودانية/DTJJ ./PUNC"), "تظاهر");
    assertThat(d.holder().text()).isEqualTo("مئات الأشخاص");
  }

  @Test
  void personALightVerbNamesAfterANounOfViolenceHoldsIt() {
    ClaimDraft d = withCue(Fixture.of("قتل جنديان في هجوم نفذته امرأة قرب الثكنة.").read(
        "قتل/VBN جنديان/NN في/IN هجوم/NN نفذت/VBD ه/PRP امرأة/NN قرب/NN الثكنة/DTNN ./PUNC"),
        "هجوم");
    assertThat(d.holder().text()).isEqualTo("امرأة");
  }

  @Test
  void personAfterAVerbOfViolenceIsNoDoer() {
    // Unvocalised, "قتل رجل" reads as well "a man was killed".
    assertThat(Fixture.of("قتل رجل في السوق.").read("قتل/VBD رجل/NN في/IN السوق/DTNN ./PUNC")).isEmpty();
  }

  @Test
  void peopleWhoseLightVerbGovernsTheNounOfProtestHoldIt() {
    ClaimDraft d = withCue(Fixture.of("قام نحو ألف شخص بالتظاهر أمام البرلمان.").read(
        "قام/VBD نحو/NN الف/CD شخص/NN ب/IN التظاهر/DTNN امام/NN البرلمان/DTNN ./PUNC"), "التظاهر");
    assertThat(d.holder().text()).isEqualTo("نحو ألف شخص");
  }

  @Test
  void peopleInTheGenitiveOfANounOfProtestHoldIt() {
    ClaimDraft d = withCue(Fixture.of("استمر اعتصام الموظفين أمام الوزارة.").read(
        "استمر/VBD اعتصام/NN الموظفين/DTNNS امام/NN الوزارة/DTNN ./PUNC"), "اعتصام");
    assertThat(d.holder().text()).isEqualTo("الموظفين");
  }
}
