package org.crosscheck.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinLettersTest {

  @Test
  void foldingDropsTheAccentsOfLatinLetters() {
    assertThat(ArabicText.fold("Côte d'Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(ArabicText.fold("São Tomé, Erdoğan, Diyarbakır, Łódź, Tromsø")).isEqualTo(
        "sao tome, erdogan, diyarbakir, lodz, tromso");
  }

  @Test
  void foldingKeepsOneCharacterForOneAndLeavesOtherLettersAlone() {
    assertThat(ArabicText.fold("Ærø ß")).hasSize(5).isEqualTo("æro ß");
    assertThat(LatinLetters.base('q')).isEqualTo('q');
    assertThat(LatinLetters.base('\u0416')).isEqualTo('\u0416');
  }
}
