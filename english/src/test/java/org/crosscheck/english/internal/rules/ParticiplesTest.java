package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticiplesTest {

  @Test
  void aParticipleOnAThingIsNotTheActOfTheClauseAround() {
    Readings.Reading r = Readings.of("participle-thing");
    assertThat(Participles.onAThing(r.graph(), r.node("blocking"))).isTrue();
    assertThat(Readings.drafts("participle-thing")).noneMatch(d -> d.cue().equals("blocking"));
  }

  @Test
  void aParticipleWithATargetKeepsItsAuthor() {
    Readings.Reading r = Readings.of("participle-statement");
    assertThat(Participles.onAThing(r.graph(), r.node("condemning"))).isTrue();
    assertThat(Readings.drafts("participle-statement")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void aFiniteVerbIsNoParticipleOnAThing() {
    Readings.Reading r = Readings.of("participle-thing");
    assertThat(Participles.onAThing(r.graph(), r.node("clear"))).isFalse();
  }

  @Test
  void aParticipleSetBeforeANounTakesNoOtherActorOfTheSentence() {
    assertThat(Readings.claims("participle-on-outlet")).noneMatch(c -> c.endsWith("Kyrgyz"));
  }
}
