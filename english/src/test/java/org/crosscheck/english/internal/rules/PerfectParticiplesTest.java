package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PerfectParticiplesTest {

  private static Map<Integer, String> misread(String tagged) {
    return PerfectParticiples.misread(Readings.tagged(tagged), Readings.LEX);
  }

  @Test
  void aStanceVerbReadAsAnAdjectiveAfterHaveAndAnAdverbIsAParticiple() {
    assertThat(misread("Somalia/NNP has/VBZ/have strongly/RB opposed/JJ the/DT plan/NN ./."))
        .containsExactly(Map.entry(3, "oppose"));
  }

  @Test
  void theVerbOfAParticipleInEdIsFoundToo() {
    assertThat(misread("Kenya/NNP had/VBD/have firmly/RB condemned/JJ the/DT move/NN ./."))
        .containsExactly(Map.entry(3, "condemn"));
  }

  @Test
  void anAdjectiveAfterBeenIsLeftAlone() {
    assertThat(misread("Somalia/NNP has/VBZ/have been/VBN opposed/JJ to/TO it/PRP ./.")).isEmpty();
  }

  @Test
  void anAdjectiveThatIsNoStanceVerbsParticipleIsLeftAlone() {
    assertThat(misread("They/PRP have/VBP/have mixed/JJ feelings/NNS ./.")).isEmpty();
  }

  @Test
  void anAdjectiveWithoutHaveBeforeItIsLeftAlone() {
    assertThat(misread("Somalia/NNP is/VBZ/be strongly/RB opposed/JJ to/TO it/PRP ./.")).isEmpty();
  }
}
