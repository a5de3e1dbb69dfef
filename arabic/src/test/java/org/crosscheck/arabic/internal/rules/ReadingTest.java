package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTest {

  @Test
  void stateNameThatOpensANameInQuotationMarksIsNoActor() {
    Reading r = Fixture.of("ورفع أنصار «مصر بلدي» الأعلام، وزار الوفد مصر.").reading(
        "و/CC رفع/VBD انصار/NN \"/PUNC مصر/NNP بلد/NN ي/PRP$ \"/PUNC الاعلام/DTNN ,/PUNC و/CC زار/VBD الوفد/DTNN"
            + " مصر/NNP ./PUNC");
    assertThat(r.hasMention(4)).isFalse();
    assertThat(r.hasMention(13)).isTrue();
  }

  @Test
  void nameThatIsAlsoANounIsTheNounBeforeANounOrAnAdjective() {
    Reading r = Fixture.of("ترفض فتح الحدود ولفتح مكاتب وتنتقد فتح.").reading(
        "ترفض/VBP فتح/NN الحدود/DTNN و/CC ل/IN فتح/NN مكاتب/NNS و/CC تنتقد/VBP فتح/NNP ./PUNC");
    assertThat(r.hasMention(1)).isFalse();
    assertThat(r.hasMention(5)).isFalse();
    assertThat(r.hasMention(9)).isTrue();
    Reading acting = Fixture.of("اتهمت فتح حماس وتبنت القاعدة الهجوم.").reading(
        "اتهمت/VBD فتح/NNP حماس/NNP و/CC تبنت/VBD القاعدة/DTNNP الهجوم/DTNN ./PUNC");
    assertThat(acting.hasMention(1)).isTrue();
    assertThat(acting.hasMention(5)).isTrue();
    Reading base = Fixture.of("طائرات تقصف قاعدة الوطية.").reading("طائرات/NNS تقصف/VBP قاعدة/NN الوطية/DTNNP ./PUNC");
    assertThat(base.hasMention(2)).isFalse();
  }

  @Test
  void masdarTaggedVbgIsNoVerbUnlessAnObjectPronounFollowsIt() {
    Reading r = Fixture.of("تشيد بقرار السعودية ارتكبتها.").reading(
        "تشيد/VBP ب/IN قرار/VBG السعودية/DTNNP ارتكبة/VBG ها/PRP$ ./PUNC");
    assertThat(r.isVerb(0)).isTrue();
    assertThat(r.isVerb(2)).isFalse();
    assertThat(r.isVerb(4)).isTrue();
  }
}
