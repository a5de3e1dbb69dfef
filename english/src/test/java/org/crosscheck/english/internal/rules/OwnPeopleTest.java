package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnPeopleTest {

  @Test
  void ministryWarningItsOwnNationalsAgainstTravelOpposesNobody() {
    Readings.Reading r = Readings.of("own-people-warned");
    assertThat(Warnings.idle(r.graph(), r.node("warned"), Holders.of(r.graph(), r.node("warned"), false, null)))
        .isTrue();
    assertThat(Readings.claims("own-people-warned")).isEmpty();
  }

  @Test
  void ministryUnableToGuaranteeItsOwnPilgrimsSafetyOpposesNobody() {
    assertThat(Readings.claims("own-people-unsafe")).isEmpty();
  }

  @Test
  void stateProtectingItsOwnCitizensAbroadSupportsThem() {
    assertThat(Readings.claims("own-people-protected")).containsExactly("Senegal SUPPORT Senegalese citizens");
  }

  @Test
  void governmentWarningItsOwnProtestersStillOpposesThem() {
    assertThat(Readings.claims("own-people-protesters-warned"))
        .containsExactly("Togo's government OPPOSE Togolese protesters");
  }
}
