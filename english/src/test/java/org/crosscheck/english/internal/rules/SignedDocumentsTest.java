package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedDocumentsTest {

  @Test
  void signersOfABillSignItSideBySideWithNoStanceTowardEachOther() {
    Readings.Reading r = Readings.of("signed-bill-side-by-side");
    assertThat(SignedDocuments.sideBySide(r.graph(), r.node("signed"))).isTrue();
    assertThat(Readings.drafts("signed-bill-side-by-side")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void signersOfADealMakeItBetweenThem() {
    Readings.Reading r = Readings.of("signed-deal-together");
    assertThat(SignedDocuments.sideBySide(r.graph(), r.node("signed"))).isFalse();
    assertThat(Readings.claims("signed-deal-together")).containsExactlyInAnyOrder(
        "William Ruto SUPPORT Moses Wetangula", "Moses Wetangula SUPPORT William Ruto");
  }
}
