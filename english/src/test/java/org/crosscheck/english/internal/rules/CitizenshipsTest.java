package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenshipsTest {

  @Test
  void renouncingACitizenshipIsNoStanceTowardItsState() {
    assertThat(Readings.claims("citizenship-renounced")).isEmpty();
    assertThat(Readings.claims("citizenship-renounced-of")).isEmpty();
  }

  @Test
  void renouncingAStatesAlliesStillOpposesIt() {
    assertThat(Readings.claims("citizenship-renounced-allies")).containsExactly("Hery Rabe OPPOSE French");
  }

  @Test
  void theStateOfANationalArrestedIsNoFallbackTarget() {
    Readings.Reading r = Readings.of("arrested-jordanian-national");
    assertThat(Citizenships.ofCitizen(r.graph(), r.node("Jordanian"))).isTrue();
    assertThat(Readings.claims("arrested-jordanian-national")).containsExactly("British police OPPOSE -");
  }

  @Test
  void nationalsKilledAreTheTargetNotTheirState() {
    assertThat(Readings.claims("killed-chinese-nationals")).containsExactly("Gunmen OPPOSE Chinese nationals");
  }

  @Test
  void aPlayersNationalityMakesNoStateTheTargetOfHisBan() {
    assertThat(Readings.claims("players-demonym")).containsExactly("FIFA OPPOSE -");
  }

  @Test
  void aCorrespondentOfAForeignBroadcasterIsNotItsState() {
    assertThat(Readings.claims("broadcaster-correspondent")).noneMatch(c -> c.endsWith("OPPOSE German"));
  }

  @Test
  void peacekeepersOrSeafarersKilledOrHeldMakeNoStateTheTarget() {
    assertThat(Readings.claims("killed-demonym-peacekeepers")).isNotEmpty().noneMatch(c -> c.endsWith("Pakistani"));
    assertThat(Readings.claims("seized-crew-demonym")).containsExactly("Iran OPPOSE -");
  }
}
