package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnnamedPartiesTest {

  @Test
  void anAccusationOfBothSidesWithNoPairNamedIsNoClaim() {
    assertThat(Readings.claims("unnamed-both-sides")).isEmpty();
  }

  @Test
  void anAccusationOfMembersNoOneNamesIsNoClaim() {
    assertThat(Readings.claims("unnamed-members")).isEmpty();
  }

  @Test
  void criticismOfAnOfficeholderNoOneNamesIsNoClaim() {
    assertThat(Readings.claims("unnamed-minister")).isEmpty();
  }

  @Test
  void criticismOfABodyNoOneNamesIsNoClaim() {
    assertThat(Readings.claims("unnamed-group")).isEmpty();
  }

  @Test
  void praiseOfOfficialsNoOneNamesIsNoClaim() {
    assertThat(Readings.claims("unnamed-officials")).isEmpty();
  }

  @Test
  void missilesFiredAreTheMeansOfForceNotPeopleAndStayAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-missiles")).containsExactly("North Korea OPPOSE -");
  }

  @Test
  void tankersSeizedAreAThingTakenNotPeopleAndStayAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-tankers")).containsExactly("Iran OPPOSE -");
  }

  @Test
  void aCountedCrowdOfVictimsIsNoPartyAndTheKillingStaysAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-victims")).containsExactly("Gunmen OPPOSE -");
  }

  @Test
  void anAttackCondemnedWithNoDoerNamedStaysAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-bombing")).containsExactly("Amnesty International OPPOSE -");
  }

  @Test
  void supportForAnIdeaStaysAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-solution")).containsExactly("Kenya SUPPORT -");
  }

  @Test
  void anAttackOnPlacesWherePeopleLiveStaysAClaimWithoutTarget() {
    assertThat(Readings.claims("unnamed-villages")).containsExactly("Gunmen OPPOSE -");
  }
}
