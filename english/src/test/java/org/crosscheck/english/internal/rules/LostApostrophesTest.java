package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LostApostrophesTest {

  @Test
  void refusingToMeetDemandsWrittenWithoutAnApostropheOpposesTheirMakers() {
    assertThat(Readings.claims("lost-apostrophe-meet")).containsExactly("Peru OPPOSE kidnappers");
  }

  @Test
  void thePluralBeforeAMisreadDemandIsNoHolderOfADemand() {
    assertThat(Readings.claims("lost-apostrophe-reject")).isNotEmpty().noneMatch(c -> c.startsWith("kidnappers"));
  }

  @Test
  void aPluralSubjectThatAgreesWithItsVerbDemandsForItself() {
    Readings.Reading r = Readings.of("lost-apostrophe-agreeing-verb");
    assertThat(LostApostrophes.misread(r.graph(), r.node("demand"))).isFalse();
    assertThat(Readings.claims("lost-apostrophe-agreeing-verb")).anyMatch(c -> c.startsWith("rebels OPPOSE"));
  }
}
