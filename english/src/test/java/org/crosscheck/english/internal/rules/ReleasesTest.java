package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleasesTest {

  @Test
  void officialsACrewIsReleasedToAreNoOneTheReleaseBacks() {
    Readings.Reading r = Readings.of("released-crew-to-officials");
    assertThat(Releases.ofCaptives(r.graph(), r.node("released"))).isTrue();
    assertThat(Readings.claims("released-crew-to-officials")).containsExactly("Houthis SUPPORT -");
  }

  @Test
  void aGoBetweenHostagesAreHandedOverToIsNoTarget() {
    assertThat(Readings.claims("handed-hostages-red-cross")).noneMatch(c -> c.contains("Red Cross"));
  }

  @Test
  void freeingHostagesOfANationalityIsNoSupportOfTheirState() {
    assertThat(Readings.claims("freed-national-hostages")).containsExactly("Hamas SUPPORT -");
  }

  @Test
  void equipmentHandedOverToANavySupportsItsOwner() {
    Readings.Reading r = Readings.of("handed-boats-navy");
    assertThat(Releases.ofCaptives(r.graph(), r.node("handed"))).isFalse();
    assertThat(Readings.claims("handed-boats-navy")).singleElement()
        .satisfies(c -> assertThat(c).startsWith("United States SUPPORT ").contains("navy"));
  }

  @Test
  void fundsReleasedToAStateSupportIt() {
    assertThat(Readings.claims("released-funds-to-state")).containsExactly("IMF SUPPORT Pakistan");
  }

  @Test
  void freeingAForeignResearcherIsNoSupportOfTheResearchersState() {
    assertThat(Readings.claims("freed-foreign-researcher")).containsExactly("Iran SUPPORT -");
  }

  @Test
  void releasingAStatesCitizensNamedByTheirDemonymIsNoSupportOfThatState() {
    assertThat(Readings.claims("released-demonym-plural")).containsExactly("Venezuela SUPPORT -");
  }

  @Test
  void anActivistReleasedOnBailIsNoOneTheCourtBacks() {
    assertThat(Readings.claims("released-activist-bail")).noneMatch(c -> c.contains("activist"));
  }

  @Test
  void pardoningJailedActivistsStillBacksThem() {
    Readings.Reading r = Readings.of("pardoned-activists");
    assertThat(Releases.ofCaptives(r.graph(), r.node("pardoned"))).isFalse();
    assertThat(Readings.claims("pardoned-activists")).singleElement()
        .satisfies(c -> assertThat(c).contains(" SUPPORT ").contains("activists"));
  }

  @Test
  void aSpyHandedOverInASwapIsNoSupportOfTheStateReceivingHim() {
    Readings.Reading r = Readings.of("handed-spy-in-exchange");
    assertThat(Releases.ofCaptives(r.graph(), r.node("handed"))).isTrue();
    assertThat(Readings.claims("handed-spy-in-exchange")).containsExactly("Russia SUPPORT -");
  }

  @Test
  void bodiesHandedOverAreNoSupportOfTheDeadsSide() {
    assertThat(Readings.claims("handed-bodies-of-dead")).noneMatch(c -> c.contains("Palestin") || c.contains("Gaza"));
  }

  @Test
  void prisonersExchangedWithAnEnemyAreNoSupportOfIt() {
    Readings.Reading r = Readings.of("exchanged-prisoners-with");
    assertThat(Releases.ofCaptives(r.graph(), r.node("exchanged"))).isTrue();
    assertThat(Readings.claims("exchanged-prisoners-with")).containsExactly("Russia SUPPORT -");
  }

  @Test
  void soldiersReleasedAreNoSupportOfTheirArmy() {
    assertThat(Readings.claims("released-demonym-soldiers")).containsExactly("Russia SUPPORT -");
  }

  @Test
  void fightersHandedOverToAStateAreNoOneTheHandoverBacks() {
    assertThat(Readings.claims("handed-fighters-to-state")).noneMatch(c -> c.contains("fighters"));
  }

  /** A captor that lets a named hostage or a seized ship go backs neither: the release is a deal or a ransom. */
  @Test
  void releasingANamedCaptiveIsNoSupportOfIt() {
    Readings.Reading r = Readings.of("released-named-person");
    assertThat(Releases.ofCaptives(r.graph(), r.node("released"))).isTrue();
    assertThat(Readings.claims("released-named-person")).noneMatch(c -> c.contains("Okello"));
    assertThat(Readings.claims("freed-named-ship")).noneMatch(c -> c.contains("Dawn"));
  }

  /** A public figure the catalog knows, released, is left to the dictionary, which codes cooperation with him. */
  @Test
  void releasingAKnownLeaderIsLeftToTheDictionary() {
    Readings.Reading r = Readings.of("released-known-leader");
    assertThat(Releases.ofCaptives(r.graph(), r.node("released"))).isFalse();
  }
}
