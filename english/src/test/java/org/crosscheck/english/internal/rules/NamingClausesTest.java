package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingClausesTest {

  @Test
  void aStanceNamedInTheReasonOfACriticismIsNoClaimOfTheCritic() {
    Readings.Reading r = Readings.of("called-its-backing");
    assertThat(NamingClauses.names(r.graph(), r.node("called"))).isTrue();
    assertThat(Readings.claims("called-its-backing")).containsExactly("Portugal OPPOSE Morocco");
  }

  @Test
  void aMinisterNamingTheReasonHoldsOnlyHerCriticism() {
    assertThat(Readings.claims("called-its-aid-person")).containsExactly("Ana Ruiz OPPOSE Britain");
  }

  @Test
  void aStanceNamedInWhatIsCondemnedStaysItsOwnersClaim() {
    assertThat(Readings.claims("called-possessor-condemned")).contains("Peru SUPPORT rebels");
  }

  @Test
  void aNamingVerbWithAnObjectOfItsOwnIsNoFreeRelative() {
    Readings.Reading r = Readings.of("called-object-predicate");
    assertThat(NamingClauses.names(r.graph(), r.node("called"))).isFalse();
  }

  @Test
  void aDeedTheSpeakerNamesIsNotTheSpeakersOwnAct() {
    Readings.Reading r = Readings.of("named-attack-1");
    assertThat(NamingClauses.names(r.graph(), r.node("called"))).isTrue();
    assertThat(Readings.claims("named-attack-1")).doesNotContain("Kenya's foreign ministry OPPOSE civilians");
  }
}
