package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarriedProtestsTest {

  @Test
  void aLetterSentProtestingIsNoSupportForItsAddressee() {
    assertThat(Readings.claims("carried-protest-letter")).doesNotContain("Chile SUPPORT Argentina");
  }

  @Test
  void aLetterSentWithNoProtestStaysAContact() {
    assertThat(Readings.claims("carried-protest-plain-letter")).containsExactly("Chile NEUTRAL Argentina");
  }

  @Test
  void aNoteOfProtestHandedToAnEnvoyIsNoSupportOfHim() {
    assertThat(Readings.claims("message-of-protest")).isEmpty();
    assertThat(Readings.claims("message-protest-compound")).isEmpty();
  }

  @Test
  void aLetterOfThanksHandedOverStaysSupport() {
    assertThat(Readings.claims("message-of-thanks")).containsExactly("Kenya SUPPORT Uganda");
  }

  @Test
  void aProtestParticipleHungOnTheAddresseeStillMakesTheLetterNoSupport() {
    assertThat(Readings.claims("carried-protest-on-addressee")).noneMatch(c -> c.startsWith("Algeria SUPPORT"));
  }

  @Test
  void aProtestDeliveredIsNoSupportOfWhomItIsDeliveredTo() {
    assertThat(Readings.claims("carried-delivered-protest")).containsExactly("Poland OPPOSE Belarus");
  }

  @Test
  void aidDeliveredStaysSupport() {
    assertThat(Readings.claims("carried-delivered-aid")).isNotEmpty().allMatch(c -> c.equals("Japan SUPPORT Ukraine"));
  }
}
