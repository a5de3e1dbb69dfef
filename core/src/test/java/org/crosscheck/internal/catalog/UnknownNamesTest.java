package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.only;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.ActorKind;
import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

class UnknownNamesTest {

  @Test
  void makesCapitalisedRunsTheCatalogLacksAdHocActorsOfUnknownKind() {
    Mention m = only("hodie Olaf van Brun dixit", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("Olaf van Brun");
    assertThat(m.actor().isAdHoc()).isTrue();
    assertThat(m.actor().kind()).isEqualTo(ActorKind.UNKNOWN);
  }

  @Test
  void endsNamesBeforeTrailingParticlesAndWordsThatAreNoNames() {
    assertThat(only("Olaf Brun van dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(only("Lunedo Olaf Brun", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(summary("Lunedo Olaf dixit", TestProfiles.zemblan())).isEmpty();
    assertThat(summary("OLAF BRUN dixit", TestProfiles.zemblan())).isEmpty();
  }

  @Test
  void keepsUnknownNamesOnlyWhereTheGrammarAsks() {
    assertThat(summary("hodie Olaf Brun dixit", TestProfiles.qabbish())).isEmpty();
  }

  @Test
  void aRunEndingWithTheNounOfAThingMakesNoActorNorDoesAnyPartOfIt() {
    assertThat(summary("hodie Olaf Brun Pactum dixit", TestProfiles.zemblan())).isEmpty();
    assertThat(only("hodie Pactum Olaf Brun dixit", TestProfiles.zemblan()).text()).isEqualTo("Pactum Olaf Brun");
  }

  @Test
  void aRunBeforeAPortfolioTitleNamesTheOfficeNotAnActor() {
    assertThat(summary("hodie Mare Pisca Vizier dixit", TestProfiles.zemblan())).isEmpty();
    assertThat(only("hodie Olaf Brun et Terra Vizier dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(only("hodie Olaf Brun dixit Vizier", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
  }

  @Test
  void keepsTheSecondSyllableOfAHyphenatedGivenName() {
    assertThat(only("hodie Olaf Bri-ling dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Bri-ling");
    assertThat(only("hodie Olaf Brun-based dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(only("hodie Olaf Brun-fortified dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(only("hodie Olaf Brun-19 dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(only("hodie Olaf Brun - ling dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Brun");
    assertThat(summary("hodie Brun-ling dixit", TestProfiles.zemblan())).isEmpty();
  }

  @Test
  void anAmpersandBetweenSpacesJoinsTheWordsOfOneName() {
    assertThat(only("hodie Olaf & Brun Societas dixit", TestProfiles.zemblan()).text())
        .isEqualTo("Olaf & Brun Societas");
    assertThat(summary("hodie Olaf &Brun dixit", TestProfiles.zemblan())).isEmpty();
  }

  @Test
  void aConnectingWordJoinsTheWordsOfOneOrganisationsName() {
    assertThat(only("hodie Libertas et Iustitia Factio dixit", TestProfiles.zemblan()).text())
        .isEqualTo("Libertas et Iustitia Factio");
    assertThat(only("hodie Magna Factio pro Libertas dixit", TestProfiles.zemblan()).text())
        .isEqualTo("Magna Factio pro Libertas");
  }

  @Test
  void aPossessiveInsideAnOrganisationsNameJoinsItsHead() {
    assertThat(only("hodie Magna Plebs's Factio dixit", TestProfiles.zemblan()).text())
        .isEqualTo("Magna Plebs's Factio");
    assertThat(only("hodie Magna Plebs's Domus dixit", TestProfiles.zemblan()).text()).isEqualTo("Magna Plebs");
    assertThat(only("hodie Magna Plebs's  - Factio dixit", TestProfiles.zemblan()).text()).isEqualTo("Magna Plebs");
    assertThat(summary("hodie Olaf Brun, Factio Magna dixit", TestProfiles.zemblan()))
        .containsExactly("Olaf Brun→adhoc:unknown:olaf-brun", "Factio Magna→adhoc:unknown:factio-magna");
  }

  @Test
  void aConnectingWordJoinsNoNamesOfPeopleNorTwoOrganisations() {
    assertThat(summary("hodie Olaf Factio et Brun Factio dixit", TestProfiles.zemblan()))
        .containsExactly("Olaf Factio→adhoc:unknown:olaf-factio", "Brun Factio→adhoc:unknown:brun-factio");
    assertThat(summary("hodie Olaf Brun et Iustitia Magna dixit", TestProfiles.zemblan()))
        .containsExactly("Olaf Brun→adhoc:unknown:olaf-brun", "Iustitia Magna→adhoc:unknown:iustitia-magna");
    assertThat(summary("hodie Olaf Brun pro Libertas Magna dixit", TestProfiles.zemblan()))
        .containsExactly("Olaf Brun→adhoc:unknown:olaf-brun", "Libertas Magna→adhoc:unknown:libertas-magna");
  }

  @Test
  void aStateNameEndingAGivenNameAfterATitleIsThePersonsFamilyName() {
    Mention m = only("hodie vizier Olaf Zembla dixit", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("Olaf Zembla");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(only("hodie Vizier Olaf Zembla dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf Zembla");
  }

  @Test
  void theStateKeepsItsNameWithoutATitleOrWhenTheNameGoesOnOrIsPossessive() {
    assertThat(summary("hodie Olaf Zembla dixit", TestProfiles.zemblan())).containsExactly("Zembla→ZMB");
    assertThat(summary("hodie vizier Olaf Zembla's terra", TestProfiles.zemblan())).containsExactly("Zembla→ZMB");
    assertThat(summary("hodie vizier Olaf Zembla Brun dixit", TestProfiles.zemblan())).contains("Zembla→ZMB");
    assertThat(summary("hodie vizier Olaf Karl Brun Zembla dixit", TestProfiles.zemblan()))
        .contains("Zembla→ZMB");
  }

  @Test
  void aKnownFamilyNameAfterAnotherGivenNameAndATitleIsAnotherPerson() {
    Mention m = only("hodie vizier Olaf Mavet dixit", TestProfiles.zemblan());
    assertThat(m.text()).isEqualTo("Olaf Mavet");
    assertThat(m.actor().isAdHoc()).isTrue();
    assertThat(m.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(only("hodie vizier Olaf van Mavet dixit", TestProfiles.zemblan()).text()).isEqualTo("Olaf van Mavet");
    assertThat(summary("hodie vizier Anton Mavet dixit", TestProfiles.zemblan()))
        .containsExactly("Anton Mavet→anton-mavet");
    assertThat(summary("hodie Olaf Mavet dixit", TestProfiles.zemblan())).containsExactly("Mavet→anton-mavet");
    // A given name of the known person's keeps the name his: "Joseph R. Biden" for the catalog's "Biden".
    assertThat(summary("hodie vizier Anton Lars Mavet dixit", TestProfiles.zemblan())).contains("Mavet→anton-mavet");
  }
}
