package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalVerbsTest {

  @Test
  void aStanceVerbReadAsAnAdverbAfterAModalIsAVerb() {
    assertThat(ModalVerbs.misread(Readings.tagged("France/NNP would/MD back/RB Armenia/NNP ./."), Readings.LEX))
        .containsExactly(2);
  }

  @Test
  void adverbsBetweenTheModalAndTheVerbAreSkipped() {
    assertThat(ModalVerbs.misread(Readings.tagged("Turkey/NNP would/MD never/RB back/RB the/DT plan/NN"), Readings.LEX))
        .containsExactly(3);
  }

  @Test
  void aWordAfterTheModalsVerbIsLeftAlone() {
    assertThat(ModalVerbs.misread(Readings.tagged("The/DT troops/NNS would/MD come/VB back/RB soon/RB"), Readings.LEX))
        .isEmpty();
  }

  @Test
  void aWordThatIsNoStanceVerbIsLeftAlone() {
    assertThat(ModalVerbs.misread(Readings.tagged("They/PRP would/MD soon/RB leave/NN"), Readings.LEX)).isEmpty();
  }

  @Test
  void aWordWithoutAModalBeforeItIsLeftAlone() {
    assertThat(ModalVerbs.misread(Readings.tagged("They/PRP came/VBD back/RB home/NN"), Readings.LEX)).isEmpty();
  }
}
