package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class JoinedNamesTest {

  @Test
  void anAllianceForSomethingIsOneOrganisationAsHolder() {
    assertThat(Readings.claims("joined-name")).containsExactly("Alliance for Rural Renewal and Justice OPPOSE -");
  }

  @Test
  void aNameGoesOnPastTheTaggersRunAsTarget() {
    assertThat(Readings.claims("joined-past-tagger")).containsExactly("Police OPPOSE Delta Union for Self-Government");
  }

  @Test
  void aPartyNamedWithAPlaceIsThePartyNotTheState() {
    Readings.Reading r = Readings.of("joined-state-before-head");
    ActorSpan whole = r.graph().mentionOf(r.node("Nile"));
    assertThat(whole.text()).isEqualTo("Greater Nile Party");
    assertThat(whole.actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.claims("joined-state-before-head")).containsExactly("Greater Nile Party OPPOSE -");
  }

  @Test
  void aCharterForSomethingIsNoOrganisation() {
    Readings.Reading r = Readings.of("joined-charter");
    assertThat(r.graph().mentionOf(r.node("Reconciliation")).text()).isEqualTo("National Reconciliation");
  }

  @Test
  void aCatalogGroupBeforeTheNounKeepsItsCatalogActor() {
    Readings.Reading r = Readings.of("joined-catalog-group");
    assertThat(r.graph().mentionOf(r.node("Hamas")).actor().id()).isEqualTo("hamas");
  }

  @Test
  void aBodyWhoseLeadingWordsAndJoinsIsOneHolderNotTwo() {
    // The parser coordinates "Competition" with "Authority"; the tagger's run, "and" included, is one body.
    assertThat(Readings.claims("joined-body-welcome")).containsExactly("Competition and Markets Authority SUPPORT -");
  }

  @Test
  void aBoardWhoseLeadingWordsAndJoinsPraisesTheStateAsOneBody() {
    assertThat(Readings.claims("joined-body-praise")).containsExactly("Trade and Investment Board SUPPORT Ghana");
  }
}
