package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VenuesTest {

  @Test
  void talksNamedAfterTheCityTheyMeetInAreNoStanceTowardItsGovernment() {
    Readings.Reading r = Readings.of("venue-doha-talks");
    assertThat(Venues.placeOnly(r.graph(), r.node("talks"), r.node("Doha"))).isTrue();
    assertThat(Readings.claims("venue-doha-talks")).noneMatch(c -> c.endsWith("Doha"));
    assertThat(Readings.claims("venue-cairo-summit")).noneMatch(c -> c.endsWith("Cairo"));
  }

  @Test
  void anAccordOrAProcessNamedAfterACityIsNoStanceTowardItsStateOrGovernment() {
    assertThat(Readings.claims("venue-doha-process")).containsExactly("Rwanda SUPPORT -");
    assertThat(Readings.claims("venue-minsk-accords")).containsExactly("Moscow SUPPORT -");
  }

  @Test
  void aCityNamingTheAccordAnActIsDoneUnderIsNoFallbackTarget() {
    assertThat(Readings.claims("venue-muscat-framework")).containsExactly("Iran SUPPORT -");
  }

  @Test
  void talksWithAGovernmentByItsSeatStillNameIt() {
    assertThat(Readings.claims("venue-talks-with-doha")).containsExactly("Sudan OPPOSE Doha");
  }

  @Test
  void theCityTalksOrAnAccordAreNamedAfterIsNotTheirHolder() {
    assertThat(Readings.claims("venue-holder-talks-with")).noneMatch(c -> c.startsWith("Istanbul"));
    assertThat(Readings.claims("venue-holder-accord-with")).containsExactly("Armenia SUPPORT Azerbaijan");
    assertThat(Readings.claims("venue-city-tagged-common")).noneMatch(c -> c.startsWith("Pretoria"));
  }

  @Test
  void aStateBeforeTheTalksMayStillBeTheirParty() {
    Readings.Reading r = Readings.of("venue-state-talks");
    assertThat(Venues.placeOnly(r.graph(), r.node("talks"), r.node("Sudan"))).isFalse();
  }

  @Test
  void aCityInTheNameOfAStatuteIsNoPartyToIt() {
    assertThat(Readings.claimIds("not-recognise-rome-statute")).containsExactly("MMR OPPOSE -");
  }

  @Test
  void aMeetingNamedAfterItsCityIsNoStanceTowardTheCitysGovernment() {
    assertThat(Readings.claims("venue-meeting")).noneMatch(c -> c.endsWith("Cairo"));
  }

  @Test
  void aMarchNamedAfterItsCityIsNoStanceTowardTheCitysState() {
    assertThat(Readings.claims("joined-city-march")).noneMatch(c -> c.contains("Rabat"));
  }

  @Test
  void accordsNamedAfterACityInTheCapitalisedPluralAreNoStanceTowardItsGovernment() {
    assertThat(Readings.claims("welcomed-city-accords")).noneMatch(c -> c.contains("Washington"));
  }

  @Test
  void whatAnInPhraseOfTalksNamesIsWhereTheyMeetHoweverParsed() {
    // The parser makes "Istanbul" a compound of "end", the "in" phrase's head.
    assertThat(Readings.claims("talks-in-city-end")).noneMatch(c -> c.contains("Istanbul"));
  }
}
