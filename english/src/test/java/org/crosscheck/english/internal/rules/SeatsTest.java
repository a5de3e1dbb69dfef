package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatsTest {

  @Test
  void bareSeatOfAnInternationalBodyIsTheBody() {
    Readings.Reading r = Readings.of("seat-brussels");
    assertThat(r.graph().mentionOf(r.node("Brussels")).actor().id()).isEqualTo("european-union");
    assertThat(Readings.drafts("seat-brussels")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("european-union");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("HUN");
    });
  }

  @Test
  void officeOfTheCityIsNoBody() {
    Readings.Reading r = Readings.of("seat-court");
    assertThat(r.graph().mentionOf(r.node("Brussels"))).satisfiesAnyOf(
        m -> assertThat(m).isNull(),
        m -> assertThat(m.actor().id()).isNotEqualTo("european-union"));
  }

  @Test
  void governmentPeopleOfTheSeatAreTheBodys() {
    assertThat(Readings.claimIds("seat-officials")).containsExactly("european-union OPPOSE POL");
  }
}
