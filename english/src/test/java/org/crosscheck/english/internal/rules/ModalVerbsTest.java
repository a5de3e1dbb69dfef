package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class ModalVerbsTest {

  /** Tokens from "word/TAG" pairs. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      String[] p = wt.split("/");
      out.add(new Token(out.size(), p[0], p[0].toLowerCase(), p[1], at, at + p[0].length()));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void aStanceVerbReadAsAnAdverbAfterAModalIsAVerb() {
    assertThat(ModalVerbs.misread(tokens("France/NNP would/MD back/RB Armenia/NNP ./."), Readings.LEX))
        .containsExactly(2);
  }

  @Test
  void adverbsBetweenTheModalAndTheVerbAreSkipped() {
    assertThat(ModalVerbs.misread(tokens("Turkey/NNP would/MD never/RB back/RB the/DT plan/NN"), Readings.LEX))
        .containsExactly(3);
  }

  @Test
  void aWordAfterTheModalsVerbIsLeftAlone() {
    assertThat(ModalVerbs.misread(tokens("The/DT troops/NNS would/MD come/VB back/RB soon/RB"), Readings.LEX))
        .isEmpty();
  }

  @Test
  void aWordThatIsNoStanceVerbIsLeftAlone() {
    assertThat(ModalVerbs.misread(tokens("They/PRP would/MD soon/RB leave/NN"), Readings.LEX)).isEmpty();
  }

  @Test
  void aWordWithoutAModalBeforeItIsLeftAlone() {
    assertThat(ModalVerbs.misread(tokens("They/PRP came/VBD back/RB home/NN"), Readings.LEX)).isEmpty();
  }
}
