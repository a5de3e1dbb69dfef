package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnlookersTest {

  @Test
  void partiesAttendingASigningAreNoPartnersOfIt() {
    assertThat(Readings.claims("signing-attendees")).containsExactly(
        "EU Commissioner Magnus Brunner SUPPORT Kenyan Interior Minister Kipchumba Murkomen",
        "Kenyan Interior Minister Kipchumba Murkomen SUPPORT EU Commissioner Magnus Brunner");
  }

  @Test
  void partiesSignedWithAreStillItsPartners() {
    assertThat(Readings.claims("signing-partner-with")).containsExactly("Kenya SUPPORT Rwanda", "Kenya SUPPORT Uganda");
  }

  @Test
  void partiesSetInAppositionToTheFirstAttendeeAttendToo() {
    assertThat(Readings.claims("signing-attendees-three"))
        .containsExactly("Kenya SUPPORT Tanzania", "Tanzania SUPPORT Kenya");
  }

  @Test
  void aPartySignedWithOnTheVerbIsItsPartner() {
    assertThat(Readings.claims("signing-with-verb")).containsExactly("Kenya SUPPORT Uganda");
  }
}
