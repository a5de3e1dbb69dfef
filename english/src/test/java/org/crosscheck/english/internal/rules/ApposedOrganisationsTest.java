package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.junit.jupiter.api.Test;

class ApposedOrganisationsTest {

  @Test
  void aNameTheTaggerMissedAfterANounOfOrganisationsIsTheOrganisationThatHoldsTheStance() {
    Readings.Reading r = Readings.of("apposed-party-caps");
    assertThat(r.graph().mentionOf(r.node("SYRIZA")).actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.claims("apposed-party-caps")).containsExactly("SYRIZA OPPOSE Greek government");
  }

  @Test
  void aNameTheTaggerTookForAPersonAfterANounOfOrganisationsIsAnOrganisation() {
    Readings.Reading r = Readings.of("apposed-party-person-tagged");
    assertThat(r.graph().mentionOf(r.node("Chega")).actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.claims("apposed-party-person-tagged")).containsExactly("Chega OPPOSE Portuguese government");
  }

  @Test
  void aCatalogActorAfterANounOfOrganisationsKeepsItsReading() {
    assertThat(Readings.claimIds("apposed-catalog-group")).containsExactly("hamas OPPOSE ISR");
  }

  @Test
  void aNameAfterANounOfPeopleIsNoOrganisation() {
    Readings.Reading r = Readings.of("name-after-candidate");
    assertThat(ApposedOrganisations.at(r.graph(), r.graph().idx(r.node("KOSTAS")))).isNull();
  }

  @Test
  void aNameInAnOfPhraseOfANounOfOrganisationsIsNoOrganisation() {
    Readings.Reading r = Readings.of("name-of-party-leader");
    assertThat(ApposedOrganisations.at(r.graph(), r.graph().idx(r.node("Kostakis")))).isNull();
  }

  @Test
  void aNameOfSeveralWordsAfterANounOfOrganisationsIsOneOrganisationThatHoldsTheStance() {
    assertThat(Readings.claimIds("apposed-party-two-words"))
        .containsExactly("adhoc:organisation:patriotic-renewal OPPOSE GRCGOV");
  }

  @Test
  void aNameJoinedToANounOfOrganisationsIsLeftToTheCatalog() {
    assertThat(Readings.claimIds("two-subjects-apart"))
        .containsExactly("adhoc:unknown:patriotic-renewal OPPOSE GRCGOV");
  }

  @Test
  void theNameGoesOnThroughItsJoiningWords() {
    assertThat(Readings.claims("apposed-name-with-for"))
        .containsExactly("Partnership for National Renewal OPPOSE Guyanese government");
  }

  @Test
  void theNameStopsBeforeAWordThatJoinsNoName() {
    assertThat(Readings.claims("apposed-name-then-date")).containsExactly("SYRIZA OPPOSE Greek government");
  }
}
