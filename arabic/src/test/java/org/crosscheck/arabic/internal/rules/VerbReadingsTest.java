package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class VerbReadingsTest {

  @Test
  void nounOfDawnBeforeABomberIsTheVerbOfBlowingUp() {
    ClaimDraft d = withCue(Fixture.of("وفجر انتحاري يقود دراجة مفخخة نفسه عند مدخل السوق.").read(
        "و/CC فجر/NN انتحاري/JJ يقود/VBP دراجة/NN مفخخة/JJ نفس/NN ه/PRP$ عند/NN مدخل/NN السوق/DTNN ./PUNC"), "فجر");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void feminineVerbOfACueReadAsANounBeforeItsSubjectIsTheVerb() {
    ClaimDraft d = withCue(Fixture.of("أدانت الجامعة العربية إسرائيل.").read(
        "ادانت/NN الجامعة/DTNN العربية/DTJJ اسرائيل/NNP ./PUNC"), "أدانت");
    assertThat(holder(d)).isEqualTo("arab-league");
    assertThat(Fixture.target(d)).isEqualTo("ISR");
  }

  @Test
  void verbWithAnObjectPronounAfterARenewingVerbAndItsSubjectIsTheMasdar() {
    ClaimDraft d = withCue(Fixture.of("جددت اليابان رفضها للموقف الصيني.").read(
        "جددت/VBD اليابان/DTNNP رفض/VBD ها/PRP ل/IN الموقف/DTNN الصيني/DTJJ ./PUNC"), "رفض");
    assertThat(holder(d)).isEqualTo("JPN");
    assertThat(Fixture.target(d)).startsWith("CHN");
  }

  @Test
  void countedBombersBeforeTheirReflexiveObjectHoldTheBlast() {
    ClaimDraft d = withCue(Fixture.of("فجر أربعة مسلحين أنفسهم داخل محطة الحافلات.").read(
        "فجر/NN اربعة/CD مسلحين/NNS انفس/NN هم/PRP$ داخل/NN محطة/NN الحافلات/DTNNS ./PUNC"), "فجر");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void bomberBeforeTheCommaBlowsUpTheThingAfterIt() {
    ClaimDraft d = withCue(Fixture.of("ذكر الجيش أن مسلحا انتحاريا، فجر شاحنة قرب ثكنة للشرطة.").read(
        "ذكر/VBD الجيش/DTNN ان/IN مسلحا/NN انتحاريا/JJ ,/PUNC فجر/NN شاحنة/NN قرب/NN ثكنة/NN ل/IN الشرطة/DTNN"
            + " ./PUNC"), "فجر");
    assertThat(d.holder().text()).isEqualTo("مسلحا انتحاريا");
  }

  @Test
  void dawnOfADayStaysANoun() {
    Reading r = Fixture.of("وصل المبعوث فجر الخميس، وفجر يوم الأحد غادر.").reading(
        "وصل/VBD المبعوث/DTNN فجر/NN الخميس/DTNN ,/PUNC و/CC فجر/NN يوم/NN الاحد/DTNN غادر/VBD ./PUNC");
    assertThat(r.isVerb(2)).isFalse();
    assertThat(r.isVerb(6)).isFalse();
  }

  @Test
  void dawnAfterABomberAndACommaBeforeATimeStaysANoun() {
    Reading r = Fixture.of("اعتقل الجيش مسلحا، فجر يوم السبت.").reading(
        "اعتقل/VBD الجيش/DTNN مسلحا/NN ,/PUNC فجر/NN يوم/NN السبت/DTNN ./PUNC");
    assertThat(r.isVerb(4)).isFalse();
  }

  @Test
  void gatheringBeforeAQuantityOfPeopleIsTheVerb() {
    ClaimDraft d = withCue(Fixture.of("وتجمع مئات المحتجين قرب مبنى البلدية.").read(
        "و/CC تجمع/NN مئات/NNS المحتجين/DTNNS قرب/NN مبنى/NN البلدية/DTNN ./PUNC"), "تجمع");
    assertThat(d.holder().text()).contains("المحتجين");
  }

  @Test
  void gatheringOfNoCountedPeopleStaysANoun() {
    Reading r = Fixture.of("انتهى تجمع الوزراء في الفندق.").reading(
        "انتهى/VBD تجمع/NN الوزراء/DTNN في/IN الفندق/DTNN ./PUNC");
    assertThat(r.isVerb(1)).isFalse();
  }
}
