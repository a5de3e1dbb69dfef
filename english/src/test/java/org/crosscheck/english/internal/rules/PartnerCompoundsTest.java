package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerCompoundsTest {

  @Test
  void dealEndedByAStateIsItsStanceTowardThePartnerNamedBeforeTheNoun() {
    Readings.Reading r = Readings.of("partner-ended-deal");
    assertThat(PartnerCompounds.verb(r.graph(), r.node("deal"))).isEqualTo(r.node("ended"));
    assertThat(Readings.claims("partner-ended-deal")).containsExactly("Gabon OPPOSE EU");
  }

  @Test
  void headlineDealRenewedIsSupportTowardThePartner() {
    assertThat(Readings.claims("partner-renews-headline")).containsExactly("Armenia SUPPORT Iran");
  }

  @Test
  void theSubjectsOwnDealKeepsThePartnerAsTarget() {
    assertThat(Readings.claims("partner-own-pronoun")).containsExactly("Gabon SUPPORT EU");
  }

  @Test
  void aDealWhoseOwnerIsNamedIsNotTheSubjectsBond() {
    Readings.Reading r = Readings.of("partner-owned-deal");
    assertThat(PartnerCompounds.verb(r.graph(), r.node("deal"))).isNull();
    assertThat(Readings.claims("partner-owned-deal")).containsExactly("Spain OPPOSE Gabon");
  }

  @Test
  void thePartnerIsTheTargetWhenAnotherActorIsNamedToo() {
    // China is where the talks were held with, no party to the deal.
    assertThat(Readings.claims("partner-third-actor")).isNotEmpty().allMatch(c -> c.equals("Gabon OPPOSE EU"));
  }
}
