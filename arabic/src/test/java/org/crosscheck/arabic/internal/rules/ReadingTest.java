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
}
