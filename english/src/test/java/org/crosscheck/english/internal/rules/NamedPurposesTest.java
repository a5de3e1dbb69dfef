package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedPurposesTest {

  @Test
  void aCapitalisedVerbAfterToInsideABodysNameIsAName() {
    assertThat(NamedPurposes.misread(Readings.tagged(
        "The/DT Committee/NNP to/TO Protect/VB Journalists/NNPS condemned/VBD the/DT move/NN")))
        .containsExactly(3);
  }

  @Test
  void aVerbInLowerCaseIsLeftAlone() {
    assertThat(NamedPurposes.misread(Readings.tagged(
        "The/DT Kremlin/NNP wants/VBZ Ukraine/NNP to/TO protect/VB Russian/NNP speakers/NNS"))).isEmpty();
  }

  @Test
  void aVerbAfterACommonNounIsLeftAlone() {
    assertThat(NamedPurposes.misread(Readings.tagged(
        "He/PRP asked/VBD them/PRP to/TO Protect/VB Journalists/NNPS"))).isEmpty();
  }

  @Test
  void aVerbBeforeALowerCaseWordIsLeftAlone() {
    assertThat(NamedPurposes.misread(Readings.tagged(
        "Observers/NNS asked/VBD Ghana/NNP to/TO Stop/VB the/DT sale/NN"))).isEmpty();
  }

  @Test
  void aTitleCaseHeadlineIsLeftAlone() {
    assertThat(NamedPurposes.misread(Readings.tagged("Kenya/NNP to/TO Ban/VB Ugandan/NNP Imports/NNPS"))).isEmpty();
  }
}
