package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrucesTest {

  @Test
  void sidesSigningACeasefireTakeNoSideWithEachOther() {
    assertThat(Readings.claims("truce-signed")).containsExactlyInAnyOrder("Colombia NEUTRAL ELN",
        "ELN NEUTRAL Colombia");
  }

  @Test
  void aTruceSignedWithAnotherIsNeutralTowardIt() {
    assertThat(Readings.claims("truce-signed-with")).containsExactly("Sudan NEUTRAL RSF");
  }

  @Test
  void anAgreementNamedForATruceIsOne() {
    assertThat(Readings.claims("truce-agreement")).isNotEmpty().allMatch(c -> c.contains(" NEUTRAL "));
  }

  @Test
  void aPactOtherThanATruceKeepsItsSupport() {
    assertThat(Readings.claims("truce-pact-signed")).isNotEmpty().allMatch(c -> c.contains(" SUPPORT "));
  }

  @Test
  void aThirdSideWelcomingATruceKeepsItsOwnStance() {
    assertThat(Readings.claims("truce-welcomed")).noneMatch(c -> c.contains(" NEUTRAL "));
  }

  @Test
  void aTruceWithNoOtherSideNamedIsNoClaim() {
    assertThat(Readings.drafts("truce-no-side")).isEmpty();
  }

  @Test
  void agreeingToOpenAHumanitarianCorridorTakesNoSide() {
    assertThat(Readings.claims("agreed-humanitarian-corridor")).containsExactly(
        "Ethiopia NEUTRAL Tigray People's Liberation Front", "Tigray People's Liberation Front NEUTRAL Ethiopia");
  }

  @Test
  void agreeingToOpenATradeCorridorIsCooperation() {
    assertThat(Readings.claims("agreed-trade-corridor")).containsExactly("Ethiopia SUPPORT Kenya",
        "Kenya SUPPORT Ethiopia");
  }
}
