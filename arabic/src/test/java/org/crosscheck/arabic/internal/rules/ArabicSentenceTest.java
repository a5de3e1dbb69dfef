package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicSentenceTest {

  @Test
  void marksTheTokenizerLeftTogetherArePunctuationNotAVerb() {
    Reading r = Fixture.of("دمشق ـ \"وكالة الأنباء\": تجمع نحو 60 متظاهرا.").reading(
        "دمشق/NNP \"/PUNC وكالة/NN الانباء/DTNN \":/VBD تجمع/NN نحو/NN 60/CD متظاهرا/JJ ./PUNC");
    assertThat(r.isPunct(4)).isTrue();
    assertThat(r.isVerb(4)).isFalse();
    // "تجمع نحو 60 متظاهرا": the verb of gathering the tagger read as its masdar (VerbReadings).
    assertThat(r.isVerb(5)).isTrue();
  }

  @Test
  void datelineAgencyIsNoHolderOfTheProtestAfterIt() {
    assertThat(Fixture.of("دمشق ـ \"وكالة الأنباء\": تجمع نحو 60 متظاهرا أمام السفارة للاحتجاج على الزيارة.").read(
        "دمشق/NNP \"/PUNC وكالة/NN الانباء/DTNN \":/VBD تجمع/NN نحو/NN 60/CD متظاهرا/JJ امام/NN السفارة/DTNN"
            + " ل/IN الاحتجاج/DTNN على/IN الزيارة/DTNN ./PUNC"))
        .allSatisfy(d -> assertThat(d.holder().text()).doesNotContain("الانباء").doesNotContain("الأنباء"));
  }
}
