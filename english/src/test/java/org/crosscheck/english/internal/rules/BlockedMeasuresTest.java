package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockedMeasuresTest {

  @Test
  void vetoingSanctionsOnAStateShieldsIt() {
    assertThat(Readings.claims("blocked-sanctions-on")).containsExactly("Russia SUPPORT Mali");
  }

  @Test
  void blockingAnotherBodysSanctionsOpposesThatBody() {
    assertThat(Readings.claims("blocked-owned-sanctions")).contains("Hungary OPPOSE EU")
        .noneMatch(c -> c.startsWith("Hungary SUPPORT"));
  }

  @Test
  void blockingAnotherBodysPackageOfSanctionsOpposesThatBody() {
    assertThat(Readings.claims("blocked-owned-package")).contains("Hungary OPPOSE European Union")
        .noneMatch(c -> c.startsWith("Hungary SUPPORT"));
  }

  @Test
  void aVetoCountedAsASecondObjectIsNoMeasureOnTheDayOfTheVote() {
    assertThat(Readings.claims("blocked-second-object-day")).containsExactly("Russia OPPOSE Norway");
  }

  @Test
  void blockingAidIsAgainstWhomItIsForNotItsGiver() {
    assertThat(Readings.claimIds("blocked-eu-aid-for")).containsExactly("SVK OPPOSE MDA", "european-union SUPPORT MDA");
    assertThat(Readings.claimIds("blocked-eu-aid-headline"))
        .containsExactly("SVK OPPOSE MDA", "european-union SUPPORT MDA");
  }
}
