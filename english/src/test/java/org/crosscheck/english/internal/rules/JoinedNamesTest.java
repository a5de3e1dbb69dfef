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
    Readings.Reading r = Readings.of("joined-state-in-name");
    ActorSpan whole = r.graph().mentionOf(r.node("Somalia"));
    assertThat(whole.text()).isEqualTo("Greater Somalia Party");
    assertThat(whole.actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.claims("joined-state-in-name")).containsExactly("Greater Somalia Party OPPOSE -");
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

  @Test
  void anAgencyNameCutBeforeItsNounIsOneHolderNotAnAgencyOfItsOwn() {
    // The mention finder makes up "Global Anti-Poaching" and stops at "Agency", a word that starts no name.
    Readings.Reading r = Readings.of("cut-anti-agency");
    NamedEntityNames.add(r.graph());
    ActorSpan whole = r.graph().mentionOf(r.node("Agency"));
    assertThat(whole.text()).isEqualTo("Global Anti-Poaching Agency");
    assertThat(r.graph().mentionOf(r.node("Global"))).isEqualTo(whole);
    assertThat(Readings.claims("cut-anti-agency")).containsExactly("Global Anti-Poaching Agency SUPPORT Tanzania");
  }

  @Test
  void anAuthorityNamedAfterAStateIsOneTargetNotTheRestOfItsName() {
    assertThat(Readings.claims("cut-state-authority"))
        .containsExactly("Opposition lawmakers OPPOSE Nigeria Maritime Authority");
  }

  @Test
  void anAgencyTheCatalogKnowsKeepsItsCatalogActor() {
    Readings.Reading r = Readings.of("cut-catalog-agency");
    ActorSpan m = r.graph().mentionOf(r.node("Agency"));
    assertThat(m.actor().isAdHoc()).isFalse();
    assertThat(Readings.claims("cut-catalog-agency")).containsExactly("Central Intelligence Agency OPPOSE Russia");
  }

  @Test
  void aStatesSectorTheCatalogComposesIsAWordOfTheName() {
    assertThat(Readings.claims("joined-composite-party")).containsExactly("Malawi Congress Party OPPOSE Banda");
    assertThat(Readings.claims("joined-composite-network"))
        .containsExactly("Sudan Doctors Network OPPOSE paramilitaries");
  }

  @Test
  void aConferenceOfBishopsIsOneName() {
    assertThat(Readings.claims("joined-conference-of"))
        .containsExactly("Zambia Conference of Catholic Bishops SUPPORT opposition");
  }

  @Test
  void aStatesAgencyNamedWithAServiceIsOneOrganisationNotTheState() {
    assertThat(Readings.claims("state-agency-service")).containsExactly("Kenya Wildlife Service OPPOSE Tanzania");
  }
}
