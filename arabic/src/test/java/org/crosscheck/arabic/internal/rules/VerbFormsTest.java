package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

  @Test
  void derivedFormsWithAlefLoseItInTheImperfect() {
    assertThat(VerbForms.imperfect("اعتقل")).containsExactly("اعتقل", "عتقل");
    assertThat(VerbForms.imperfect("هاجم")).containsExactly("هاجم");
  }

  @Test
  void masdarOfADerivedFormTakesAnAlefBeforeItsLastLetter() {
    assertThat(VerbForms.masdars("اعتقل")).contains("اعتقال");
    assertThat(VerbForms.masdars("استهدف")).contains("استهداف");
  }

  @Test
  void threeLetterLemmaGetsTheTafilMasdarOfFormTwo() {
    assertThat(VerbForms.masdars("رحب")).containsExactly("رحب", "ترحيب");
  }

  @Test
  void fourLetterLemmaWithAlefIsLeftAlone() {
    assertThat(VerbForms.masdars("ادان")).containsExactly("ادان");
  }

  @Test
  void hollowVerbOfFormFourHasAYehInTheImperfect() {
    assertThat(VerbForms.imperfect("ادان")).containsExactly("ادان", "دين");
    assertThat(VerbForms.imperfect("اشاد")).containsExactly("اشاد", "شيد");
  }
}
