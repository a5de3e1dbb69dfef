package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A thing approved whose owner no argument names supports no bystander of the sentence (ApprovedThings); an owner the
 * grammar names, or a party approved, stays the target.
 */
class ApprovedThingsTest {

  @Test
  void aDealWelcomedIsNoSupportOfTheStateWhereItWasSigned() {
    Readings.Reading r = Readings.of("approved-deal-signed-capital");
    assertThat(ApprovedThings.ofAThing(r.graph(), r.node("welcomed"))).isTrue();
    assertThat(Readings.claims("approved-deal-signed-capital")).containsExactly("Ghana SUPPORT -");
  }

  @Test
  void aPlanBackedKeepsTheOwnerItsLooseParticiplesAgentNames() {
    assertThat(Readings.claims("approved-plan-put-forward-by")).containsExactly("Chad SUPPORT Niger");
  }

  @Test
  void aResolutionWelcomedIsNoSupportOfWhomTheEnvoySpokeTo() {
    assertThat(Readings.claims("approved-resolution-envoy-told")).containsExactly("Jordan SUPPORT -");
  }

  @Test
  void aPlanWelcomedSupportsWhoeverTheGrammarNamesAsItsAuthor() {
    assertThat(Readings.claims("approved-plan-proposed-by")).containsExactly("Ghana SUPPORT Togo");
  }

  @Test
  void aPartyWelcomedIsNoThingAndStaysTheTarget() {
    Readings.Reading r = Readings.of("approved-party-object");
    assertThat(ApprovedThings.ofAThing(r.graph(), r.node("welcomed"))).isFalse();
    assertThat(Readings.claims("approved-party-object")).containsExactly("Ghana SUPPORT Togo's president");
  }

  @Test
  void aCampaignBackedByABodyStillSupportsTheStateThatRunsIt() {
    Readings.Reading r = Readings.of("approved-campaign-backed-by");
    assertThat(ApprovedThings.ofAThing(r.graph(), r.node("backed"))).isFalse();
    assertThat(Readings.claims("approved-campaign-backed-by")).contains("World Bank SUPPORT Ghana");
  }

  @Test
  void protectingAThingBacksNoOneNamedBesideIt() {
    Readings.Reading r = Readings.of("protect-thing");
    assertThat(ApprovedThings.ofAThing(r.graph(), r.node("protect"))).isTrue();
    assertThat(Readings.claims("protect-thing")).doesNotContain("Britain SUPPORT Dodoma");
  }
}
