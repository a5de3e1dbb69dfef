package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GerundSubjectsTest {

  @Test
  void theNameAGerundActsOnIsNoHolderOfWhatTheActWouldBringAbout() {
    Readings.Reading r = Readings.of("gerund-punishing");
    assertThat(GerundSubjects.misread(r.graph(), r.node("help"), r.node("Belgrade"))).isTrue();
    assertThat(Readings.claims("gerund-punishing")).noneMatch(c -> c.startsWith("Belgrade"));
  }

  @Test
  void aNamedSubjectOfTheSameModalVerbStillHoldsTheStance() {
    Readings.Reading r = Readings.of("gerund-named-kept");
    assertThat(GerundSubjects.misread(r.graph(), r.node("help"), r.node("Serbia"))).isFalse();
    assertThat(Readings.claims("gerund-named-kept")).containsExactly("Serbia SUPPORT Moscow");
  }

  @Test
  void aParticipleBeforeANameWithNoModalVerbIsLeftAsItsAdjective() {
    Readings.Reading r = Readings.of("gerund-ruling-kept");
    assertThat(GerundSubjects.misread(r.graph(), r.node("backed"), r.node("Fidesz"))).isFalse();
    assertThat(Readings.claims("gerund-ruling-kept")).anyMatch(c -> c.endsWith("SUPPORT Poland"));
  }
}
