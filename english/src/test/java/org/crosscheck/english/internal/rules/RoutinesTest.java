package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RoutinesTest {

  @Test
  void aJourneyInThePresentOfAClauseDescribingItsSubjectIsARoutineNotAVisit() {
    assertThat(Readings.drafts("routine-flies")).noneMatch(d -> d.stance() == Stance.SUPPORT);
  }

  @Test
  void aJourneyInThePastOrInAMainClauseIsNoRoutine() {
    Readings.Reading flew = Readings.of("routine-flew");
    assertThat(Routines.routine(flew.graph(), flew.node("flew"), "036")).isFalse();
    Readings.Reading main = Readings.of("routine-main");
    assertThat(Routines.routine(main.graph(), main.node("flies"), "036")).isFalse();
    Readings.Reading flies = Readings.of("routine-flies");
    assertThat(Routines.routine(flies.graph(), flies.node("flies"), "036")).isTrue();
    assertThat(Routines.routine(flies.graph(), flies.node("flies"), "190")).isFalse();
  }
}
