package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemindersTest {

  @Test
  void thePossessiveOfWhatOneIsRemindedOfIsTheReminded() {
    Readings.Reading r = Readings.of("reminded-its");
    assertThat(Antecedents.resolve(r.graph(), r.node("its"), null).actor().id()).isEqualTo("TUN");
    assertThat(Readings.claims("reminded-its")).noneMatch(c -> c.startsWith("European Union SUPPORT"));
  }

  @Test
  void aPossessiveOfAnotherVerbIsLeftToTheOtherRules() {
    Readings.Reading r = Readings.of("their-own-thing");
    assertThat(Reminders.reminded(r.graph(), r.node("their"))).isNull();
    Readings.Reading informed = Readings.of("informed-of-its");
    assertThat(Reminders.reminded(informed.graph(), informed.node("its"))).isNull();
  }
}
