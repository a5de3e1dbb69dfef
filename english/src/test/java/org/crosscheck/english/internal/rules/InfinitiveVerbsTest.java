package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfinitiveVerbsTest {

  @Test
  void aStanceVerbReadAsANounAfterToBeforeANameIsAVerb() {
    assertThat(InfinitiveVerbs.misread(Readings.tagged("EU/NNP to/IN sanction/NN Belarus/NNP over/IN migrants/NNS"),
        Readings.LEX)).containsExactly(2);
    assertThat(InfinitiveVerbs.misread(Readings.tagged("a/DT plan/NN to/TO sanction/NN the/DT regime/NN"),
        Readings.LEX)).containsExactly(3);
  }

  @Test
  void aNounAfterToFollowedByAnythingElseIsLeftAlone() {
    assertThat(InfinitiveVerbs.misread(Readings.tagged("a/DT shift/NN to/TO support/NN for/IN Kyiv/NNP"),
        Readings.LEX)).isEmpty();
  }

  @Test
  void aNounThatIsNoStanceVerbIsLeftAlone() {
    assertThat(InfinitiveVerbs.misread(Readings.tagged("a/DT trip/NN to/TO border/NN Chile/NNP"), Readings.LEX))
        .isEmpty();
  }

  @Test
  void aStanceNounAfterAnotherPrepositionIsLeftAlone() {
    assertThat(InfinitiveVerbs.misread(Readings.tagged("calls/NNS for/IN sanction/NN Belarus/NNP"), Readings.LEX))
        .isEmpty();
  }
}
