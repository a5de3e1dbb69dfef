package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerfectSinceTest {

  @Test
  void sinceBetweenHaveAndAParticipleIsAnAdverb() {
    assertThat(PerfectSince.misread(
        Readings.tagged("The/DT junta/NN has/VBZ/have since/IN expelled/VBN French/JJ troops/NNS")))
        .containsExactly(3);
  }

  @Test
  void sinceBeforeADateOrAfterAnotherVerbIsLeftAlone() {
    assertThat(PerfectSince.misread(Readings.tagged("It/PRP has/VBZ/have ruled/VBN since/IN 2021/CD"))).isEmpty();
    assertThat(PerfectSince.misread(Readings.tagged("It/PRP has/VBZ/have since/IN 2021/CD opposed/VBN it/PRP")))
        .isEmpty();
    assertThat(PerfectSince.misread(Readings.tagged("They/PRP left/VBD since/IN ordered/VBN to/TO")))
        .isEmpty();
    assertThat(PerfectSince.misread(Readings.tagged("Talks/NNS stalled/VBD since/IN fighting/NN resumed/VBD")))
        .isEmpty();
  }

  @Test
  void theVerbsAfterTheObjectKeepTheSubject() {
    assertThat(Readings.claims("has-since-expelled")).contains("junta in Niamey SUPPORT Mali")
        .noneMatch(c -> c.startsWith("French"));
  }
}
