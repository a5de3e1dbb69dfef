package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.target;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ProtestObjectsTest {

  private static ClaimDraft read(String text, String tagged, String cue) {
    return withCue(Fixture.of(text).read(tagged), cue);
  }

  @Test
  void protestIsAgainstWhomTheProtestersChantAgainst() {
    ClaimDraft d = read("تجمع مئات المحتجين في الساحة وهتفوا ضد الحكومة العراقية.",
        "تجمع/VBD مئات/NN المحتجين/DTNNS في/IN الساحة/DTNN و/CC هتفوا/VBD ضد/NN الحكومة/DTNN العراقية/DTJJ ./PUNC",
        "تجمع");
    assertThat(holder(d)).startsWith("adhoc:group:");
    assertThat(target(d)).isEqualTo("IRQGOV");
  }

  @Test
  void adjectiveOfHostilityWithLamNamesTheTarget() {
    ClaimDraft d = read("رفع المحتجون لافتات مناهضة للحكومة التركية.",
        "رفع/VBD المحتجون/DTNNS لافتات/NNS مناهضة/JJ ل/IN الحكومة/DTNN التركية/DTJJ ./PUNC", "رفع");
    assertThat(target(d)).isEqualTo("TURGOV");
  }

  @Test
  void demandToOustSomeoneMakesThemTheTarget() {
    ClaimDraft d = read("احتشد المتظاهرون في الساحة مطالبين باستقالة الحكومة الأردنية.",
        "احتشد/VBD المتظاهرون/DTNNS في/IN الساحة/DTNN مطالبين/VN ب/IN استقالة/NN الحكومة/DTNN الاردنية/DTJJ ./PUNC",
        "احتشد");
    assertThat(target(d)).isEqualTo("JORGOV");
  }

  @Test
  void protestAgainstSomethingThatIsNoActorHasNoTarget() {
    ClaimDraft d = read("تظاهر المحتجون في الساحة ضد رفع الأسعار.",
        "تظاهر/VBD المحتجون/DTNNS في/IN الساحة/DTNN ضد/NN رفع/NN الاسعار/DTNN ./PUNC", "تظاهر");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void actorAfterAVerbOfSpeechIsNoTargetOfTheProtest() {
    ClaimDraft d = read("تجمع المحتجون في الساحة وقال أحدهم إنهم ضد الحكومة العراقية.",
        "تجمع/VBD المحتجون/DTNNS في/IN الساحة/DTNN و/CC قال/VBD احد/NN هم/PRP$ ان/IN هم/PRP ضد/NN الحكومة/DTNN العراقية/DTJJ ./PUNC",
        "تجمع");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void nounOfHostilityWithItsPrepositionNamesTheTarget() {
    ClaimDraft d = read("رفع المحتجون لافتات تعبر عن رفضهم لسياسات الحكومة التركية.",
        "رفع/VBD المحتجون/DTNNS لافتات/NNS تعبر/VBP عن/IN رفض/NN هم/PRP$ ل/IN سياسات/NN الحكومة/DTNN التركية/DTJJ ./PUNC",
        "رفع");
    assertThat(target(d)).isEqualTo("TURGOV");
  }

  @Test
  void actorPastANounOfItsOpponentsIsNoTarget() {
    ClaimDraft d = read("هتف المحتجون ضد أعداء الحكومة التركية.",
        "هتف/VBD المحتجون/DTNNS ضد/NN اعداء/NN الحكومة/DTNN التركية/DTJJ ./PUNC", "هتف");
    assertThat(target(d)).isEqualTo("-");
  }

  @Test
  void nounOfAngerWithAnAdjectiveBeforeItsPrepositionNamesTheTarget() {
    ClaimDraft d = read("خرج المحتجون إلى الشوارع وسط غضب شديد من قرار الحكومة التركية.",
        "خرج/VBD المحتجون/DTNNS الى/IN الشوارع/DTNN وسط/NN غضب/NN شديد/JJ من/IN قرار/NN الحكومة/DTNN "
            + "التركية/DTJJ ./PUNC", "خرج");
    assertThat(target(d)).isEqualTo("TURGOV");
  }

  @Test
  void addresseeOfTheMasdarOfDemandIsTheTarget() {
    ClaimDraft d = read("اعتصم عشرات المحتجين منذ الصباح قرب مبنى الميناء الرئيسي لمطالبة الحكومة الليبية بدفع الأجور.",
        "اعتصم/VBD عشرات/NNS المحتجين/DTNNS منذ/IN الصباح/DTNN قرب/NN مبنى/NN الميناء/DTNN الرئيسي/DTJJ ل/IN"
            + " مطالبة/NN الحكومة/DTNN الليبية/DTJJ ب/IN دفع/NN الاجور/DTNN ./PUNC", "اعتصم");
    assertThat(d.target().orElseThrow().actor().id()).startsWith("LBY");
  }

  @Test
  void genitiveOfDemandsIsNoAddressee() {
    ClaimDraft d = read("اعتصم عشرات المحتجين قرب الميناء دعما لمطالب النقابة.",
        "اعتصم/VBD عشرات/NNS المحتجين/DTNNS قرب/NN الميناء/DTNN دعما/NN ل/IN مطالب/NN النقابة/DTNN ./PUNC",
        "اعتصم");
    assertThat(d.target()).isEmpty();
  }

  @Test
  void doerOfWhatTheProtestIsAgainstIsTheTarget() {
    ClaimDraft d = read("اعتصم مئات المحتجين احتجاجا على مقتل طالب برصاص الشرطة المصرية أمس.",
        "اعتصم/VBD مئات/NNS المحتجين/DTNNS احتجاجا/NN على/IN مقتل/NN طالب/NN ب/IN رصاص/NN الشرطة/DTNN المصرية/DTJJ"
            + " امس/NN ./PUNC", "اعتصم");
    assertThat(d.target().orElseThrow().actor().id()).startsWith("EGY");
  }

  @Test
  void addresseeOfTheMasdarOfDemandMayFollowAConstructNoun() {
    ClaimDraft d = read("اعتصم عشرات المحتجين منذ الصباح قرب مبنى الميناء الرئيسي لمطالبة رئاسة الحكومة الليبية بدفع الأجور.",
        "اعتصم/VBD عشرات/NNS المحتجين/DTNNS منذ/IN الصباح/DTNN قرب/NN مبنى/NN الميناء/DTNN الرئيسي/DTJJ ل/IN"
            + " مطالبة/NN رئاسة/NN الحكومة/DTNN الليبية/DTJJ ب/IN دفع/NN الاجور/DTNN ./PUNC", "اعتصم");
    assertThat(d.target().orElseThrow().actor().id()).startsWith("LBY");
  }
}
