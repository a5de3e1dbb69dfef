package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class NamedGroupsTest {

  @Test
  void membersOfANamedCoalitionStandForTheCoalition() {
    Readings.Reading r = Readings.of("members-of-named-coalition");
    assertThat(NamedGroups.at(r.graph(), r.node("coalition")).text()).isEqualTo("Free Homeland coalition");
    assertThat(Readings.drafts("members-of-named-coalition")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Soldiers");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Free Homeland coalition");
      assertThat(d.target().orElseThrow().actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    });
  }

  @Test
  void membersOfACoalitionNamedForAStateAreNotTheState() {
    assertThat(Readings.drafts("headline-members-of-state-coalition")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Benin protest coalition");
      assertThat(d.target().orElseThrow().actor().kind()).isNotEqualTo(ActorKind.STATE);
    });
  }

  @Test
  void aStatesOlympicCommitteeBannedIsABodyOfItsOwnNotTheState() {
    assertThat(Readings.drafts("olympic-committee-banned")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("IOC");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia's Olympic committee");
      assertThat(d.target().orElseThrow().actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    });
  }

  @Test
  void aStatesCommitteeNamedByAPlainAdjectiveIsStillTheState() {
    Readings.Reading r = Readings.of("parliamentary-committee-criticised");
    assertThat(NamedGroups.at(r.graph(), r.node("committee"))).isNull();
    assertThat(Readings.claims("parliamentary-committee-criticised")).containsExactly("Washington OPPOSE Russia");
  }

  @Test
  void aDemonymBeforeANamedCommitteeIsAWordOfItsName() {
    assertThat(Readings.claims("demonym-olympic-committee-praised"))
        .containsExactly("IOC SUPPORT Kenyan Olympic committee");
  }

  @Test
  void aDemonymAloneNamesNoCommitteeOfItsOwn() {
    Readings.Reading r = Readings.of("demonym-committee-praised");
    assertThat(NamedGroups.at(r.graph(), r.node("committee"))).isNull();
    assertThat(Readings.claims("demonym-committee-praised")).containsExactly("IOC SUPPORT Kenyan");
  }

  @Test
  void theRulingPartyNamesNoOrganisation() {
    Readings.Reading r = Readings.of("ruling-party-members");
    assertThat(NamedGroups.at(r.graph(), r.node("party"))).isNull();
  }

  @Test
  void theNatoAllianceIsNato() {
    Readings.Reading r = Readings.of("nato-alliance-criticised");
    assertThat(NamedGroups.at(r.graph(), r.node("alliance"))).isNull();
    assertThat(Readings.drafts("nato-alliance-criticised")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().isAdHoc()).isFalse();
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia");
    });
  }
  @Test
  void theArticleBeforeAPossessiveNameIsNoWordOfTheName() {
    Readings.Reading r = Readings.of("members-of-possessive-coalition");
    assertThat(NamedGroups.at(r.graph(), r.node("coalition")).text()).isEqualTo("Let's Save Benin coalition");
  }

  @Test
  void aGroupNamedInAForeignWordIsTheHolder() {
    assertThat(Readings.claims("named-group-holder")).containsExactly("Nahda Youth group OPPOSE -");
    Readings.Reading r = Readings.of("named-group-holder");
    assertThat(CommonNouns.at(r.graph(), r.node("group")).actor().kind()).isEqualTo(ActorKind.ORGANISATION);
  }

  @Test
  void aFactionNamedInAForeignWordIsTheHolder() {
    assertThat(Readings.claims("named-faction-holder")).containsExactly("Ansar al-Haqq faction OPPOSE -");
  }
}
