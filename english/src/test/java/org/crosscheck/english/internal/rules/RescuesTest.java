package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RescuesTest {

  @Test
  void rescuingHostagesFromAGroupOpposesTheGroupNotTheHostages() {
    assertThat(Readings.claims("rescue-from")).containsExactly("Kenyan troops OPPOSE Shabaab");
  }

  @Test
  void freeingVillagesFromAGroupsFightersOpposesTheGroup() {
    assertThat(Readings.claims("freed-from-militia")).singleElement()
        .satisfies(c -> assertThat(c).startsWith("Iraqi army OPPOSE ").contains("Islamic State"));
  }

  @Test
  void theDoerOfTheAbusesVillagersAreFreedFromIsOpposed() {
    assertThat(Readings.claims("rescue-abuses")).singleElement()
        .satisfies(c -> assertThat(c).contains(" OPPOSE ").contains("Ugandan army"));
  }

  @Test
  void freeingFromYearsOfAbuseByAGovernmentOpposesThatGovernment() {
    assertThat(Readings.claims("freed-abuse-by")).singleElement()
        .satisfies(c -> assertThat(c).contains(" OPPOSE ").contains("Congolese government"));
  }

  @Test
  void aPlaceLiberatedByAnAgentIsNoTargetTheHolderItWasTakenFromIs() {
    assertThat(Readings.claims("liberated-passive-agent")).containsExactly("Afghan special forces OPPOSE Taliban");
  }

  @Test
  void rescuingPeopleFromTheSeaOpposesNoOne() {
    Readings.Reading r = Readings.of("rescued-from-sea");
    assertThat(Rescues.against(r.graph(), r.node("rescued"))).isFalse();
    assertThat(Readings.claims("rescued-from-sea")).noneMatch(c -> c.contains("OPPOSE"));
  }

  @Test
  void rescuingCitizensFromAStateIsAnEvacuationNotAnActAgainstIt() {
    Readings.Reading r = Readings.of("rescued-from-state");
    assertThat(Rescues.against(r.graph(), r.node("rescued"))).isFalse();
    assertThat(Readings.claims("rescued-from-state")).noneMatch(c -> c.contains("Sudan"));
  }

  @Test
  void aidDeliveredFromAnAgencyIsNoActAgainstTheAgency() {
    Readings.Reading r = Readings.of("delivered-from-agency");
    assertThat(Rescues.against(r.graph(), r.node("delivered"))).isFalse();
    assertThat(Readings.claims("delivered-from-agency")).noneMatch(c -> c.contains("OPPOSE"));
  }

  @Test
  void rescuingHostagesFromATerritoryNamedBareIsNoActAgainstIt() {
    Readings.Reading r = Readings.of("rescued-from-territory");
    assertThat(Rescues.against(r.graph(), r.node("rescued"))).isFalse();
    assertThat(Readings.claims("rescued-from-territory")).noneMatch(c -> c.contains("Gaza"));
  }

  @Test
  void whoeverHeldThoseAVerbOfLiberationFreesIsWhomItIsAgainst() {
    assertThat(Readings.claims("freed-held-by")).containsExactly("troops OPPOSE Tigers");
    assertThat(Readings.claims("rescued-kidnapped-by")).contains("Kenyan soldiers OPPOSE Shabaab");
    assertThat(Readings.claims("rescued-employed-by")).noneMatch(c -> c.contains("OPPOSE United Nations"));
  }
}
