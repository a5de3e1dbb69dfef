package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedDemonymsTest {

  @Test
  void peopleCountedByTheirNationalityAreTheStatesCiviliansNotTheState() {
    assertThat(Readings.claimIds("counted-demonyms")).containsExactly("TUR OPPOSE AFGCVL");
  }

  @Test
  void aCountedDemonymTheCatalogListsAsAStateNameIsItsCivilians() {
    assertThat(Readings.claimIds("counted-catalog-demonyms")).containsExactly("ISRCOP OPPOSE PSECVL");
  }

  @Test
  void aDemonymCountedByNoOneStaysTheState() {
    assertThat(Readings.claimIds("uncounted-demonyms")).containsExactly("TUR NEUTRAL AFG");
  }

  @Test
  void aStatesOwnNameAfterANumberStaysTheState() {
    assertThat(Readings.claimIds("year-before-state")).containsExactly("KEN OPPOSE ETH");
  }
}
