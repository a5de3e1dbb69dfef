package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhoseTitlesTest {

  @Test
  void theTitleBeforeTheSpeakersNameIsNoTarget() {
    Readings.Reading r = Readings.of("whose-spokesman-accused");
    assertThat(WhoseTitles.title(r.graph(), r.node("accused"), r.node("spokesman"))).isTrue();
    assertThat(WhoseTitles.title(r.graph(), r.node("accused"), r.node("government"))).isFalse();
    assertThat(Readings.claims("whose-spokesman-accused"))
        .contains("John Ochieng OPPOSE Kenyan government")
        .noneMatch(c -> c.endsWith("OPPOSE Democratic Party"));
  }

  @Test
  void aTitleWithNoWhoseBeforeItIsLeftToTheParse() {
    Readings.Reading r = Readings.of("title-object-without-whose");
    assertThat(WhoseTitles.title(r.graph(), r.node("accused"), r.node("spokesman"))).isFalse();
  }

  @Test
  void aFrontedObjectBeforeAStatesNameStaysAnObject() {
    Readings.Reading r = Readings.of("whose-government-accuses");
    assertThat(WhoseTitles.title(r.graph(), r.node("accuses"), r.node("government"))).isFalse();
    assertThat(Readings.claims("whose-government-accuses")).contains("Kenya OPPOSE Rwanda, whose government");
  }

  @Test
  void aFrontedObjectBeforeACommonNounSubjectStaysAnObject() {
    Readings.Reading r = Readings.of("whose-leader-fronted");
    assertThat(WhoseTitles.title(r.graph(), r.node("arrested"), r.node("leader"))).isFalse();
  }
}
