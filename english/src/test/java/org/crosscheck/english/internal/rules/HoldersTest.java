package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class HoldersTest {

  private static List<String> holders(String id, String cue, boolean nominal) {
    Readings.Reading r = Readings.of(id);
    return Holders.of(r.graph(), r.node(cue), nominal, null).stream().map(ActorSpan::text).toList();
  }

  @Test
  void subjectHoldsAVerbsStance() {
    assertThat(holders("will-support", "support", false)).containsExactly("Brazil");
  }

  @Test
  void passiveAgentHoldsAndNotThePassiveSubject() {
    assertThat(holders("passive-agent", "condemned", false)).containsExactly("Jordan");
  }

  @Test
  void aPassiveWithItsReasonIsNoHeadlineAccusation() {
    // "was criticised by Peru for …": the "was" and the agent make it a full passive; only a headline drops them.
    assertThat(holders("passive-agent-reason", "criticised", false)).containsExactly("Peru");
    assertThat(Readings.drafts("passive-agent-reason")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Chile"));
  }

  @Test
  void whatASpeakerSaysAThingDoesIsNotTheSpeakersDeed() {
    // The parser makes the quoted verb the speech verb's infinitive, controlled by the embargoes.
    assertThat(holders("said-infinitive-controller", "punish", false)).isEmpty();
  }

  @Test
  void possessorHoldsANounsStance() {
    assertThat(holders("possessive-noun", "support", true)).containsExactly("Iran");
  }

  @Test
  void infinitiveTakesItsGovernorsSubject() {
    assertThat(holders("no-plan", "arm", false)).containsExactly("Germany");
  }

  @Test
  void participleSubjectHoldsAnAdjectivalStance() {
    assertThat(holders("committed-to", "committed", true)).containsExactly("Moscow");
  }

  @Test
  void conjoinedSubjectsBothHold() {
    assertThat(holders("reciprocal", "agreed", false)).containsExactly("Armenia", "Azerbaijan");
  }

  @Test
  void aNounCalledForIsTheCallersStance() {
    assertThat(holders("called-for", "sanctions", true)).containsExactly("Turkey");
  }

  @Test
  void conjoinedDemonymsOnOneGroupBothHold() {
    assertThat(holders("conjoined-demonyms", "agreed", false)).hasSize(2);
  }

  @Test
  void whatHappensAroundAStatementIsNotTheSpeakersDoing() {
    assertThat(holders("said-as", "fighting", false)).isEmpty();
    assertThat(holders("said-as", "killed", false)).containsExactly("Rebels");
  }

  @Test
  void aStanceInWhichSomeoneActsIsTheirs() {
    assertThat(holders("in-retaliation", "retaliation", true)).containsExactly("Hezbollah");
    assertThat(holders("in-protest", "protest", true)).containsExactly("Kenyan opposition parties");
  }

  @Test
  void aClauseWithASubjectOfItsOwnIsNotItsGovernorsSubjects() {
    assertThat(holders("own-subject2", "sought", false)).isEmpty();
    assertThat(holders("own-subject2", "closed", false)).containsExactly("Turkey");
  }

  @Test
  void conjoinedDemonymsHoldEvenWhenTheCatalogNamesTheLastOnesGroup() {
    Readings.Reading r = Readings.of("composite-conj");
    assertThat(Holders.of(r.graph(), r.node("met"), false, null)).extracting(a -> a.actor().id())
        .containsExactlyInAnyOrder("RUSGOV", "CHNGOV");
  }

  @Test
  void aReportedPassiveIsNotTheReportersDoing() {
    assertThat(holders("reported-passive", "expelled", false)).isEmpty();
  }

  @Test
  void theItOfAnAdjectiveOfWillIsTheActorItStandsFor() {
    assertThat(holders("willing-it", "help", false)).containsExactly("Chile");
  }

  @Test
  void aParticipleHungOnTheAddresseeIsTheSenders() {
    assertThat(holders("letter-praising", "praising", false)).containsExactly("Italian president");
  }

  @Test
  void aParticipleOnAnOwnedMeasureIsTheOwnersNotTheOpposersAct() {
    assertThat(holders("oppose-sanctions-targeting", "targeting", false)).containsExactly("EU");
    assertThat(Readings.claims("oppose-sanctions-targeting")).doesNotContain("Slovakia OPPOSE Russian");
  }

  @Test
  void aParticipleLeftBareAfterAVerbOfSayingIsTheSpeakers() {
    assertThat(holders("said-dep-accusing", "accusing", false)).containsExactly("Thai government");
    assertThat(Readings.claims("said-dep-accusing")).contains("Thai government OPPOSE Cambodia");
  }

  @Test
  void aStatesMinistryOfAnyPortfolioHoldsForItsGovernment() {
    assertThat(Readings.drafts("health-ministry-criticised")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("KENGOV"));
  }

  @Test
  void aParticipleLeftBareAfterAReportedVerbIsItsSubjects() {
    assertThat(holders("boycott-accusing", "accusing", false)).containsExactly("opposition parties");
  }

  @Test
  void investigatorsOfABodyHoldForIt() {
    assertThat(Readings.claims("investigators-accused")).containsExactly("UN investigators OPPOSE Mali");
    assertThat(Readings.claims("accused-by-investigators"))
        .containsExactlyInAnyOrder("UN investigators OPPOSE Malian troops", "UN investigators OPPOSE Wagner");
  }

  @Test
  void aStatesDelegateOrRepresentativeHoldsForItsGovernment() {
    assertThat(Readings.claims("delegate-backed-position")).containsExactly("Cuba's delegate SUPPORT Eritrea");
    assertThat(Readings.claims("representative-criticised"))
        .containsExactly("South Africa's representative OPPOSE Israel");
  }

  @Test
  void anInfinitiveOnAPredicateNounIsTheSubjectsNotTheNounsOwners() {
    assertThat(holders("first-eu-states-to-impose", "impose", false)).containsExactly("Lithuania");
  }

  @Test
  void aParticipleOnAPlaceIsNoActOfWhoeverActsOnThePlace() {
    assertThat(holders("camp-sheltering", "sheltering", false)).isEmpty();
    assertThat(Readings.claims("camp-sheltering")).noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void aParticipleOnAGroupIsThatGroupsStanceNotTheClauseSubjects() {
    assertThat(Readings.drafts("participle-of-group")).filteredOn(d -> d.cue().equals("protesting"))
        .singleElement().satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("students");
          assertThat(d.target()).isEmpty();
        });
  }

  @Test
  void anAdverbialPassiveIsNotTheDoingOfTheClauseItHangsOn() {
    assertThat(Readings.drafts("until-funded")).noneMatch(d -> d.cue().contains("funded"));
  }

  @Test
  void aPassiveRelativeClauseIsNotTheDoingOfTheClauseItHangsOn() {
    assertThat(Readings.drafts("relcl-passive")).extracting(d -> d.cue()).containsExactly("lifted");
  }

  @Test
  void theSubjectOfANounPredicateHoldsItsStance() {
    assertThat(holders("ally-of", "ally", true)).containsExactly("Peru");
    assertThat(Readings.drafts("ally-of")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ecuador");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void aNounPredicateDeniedIsNoSupport() {
    assertThat(Readings.drafts("not-friend-of")).allSatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Bolivia");
      assertThat(d.stance()).isNotEqualTo(org.crosscheck.Stance.SUPPORT);
    });
  }

  @Test
  void theSubjectOfACopularVerbHoldsItsNounComplement() {
    assertThat(holders("remain-supporter", "supporter", true)).containsExactly("Chile");
    assertThat(Readings.drafts("remain-supporter")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Peru"));
  }

  @Test
  void theSubjectOfAMeasureReimposedHoldsIt() {
    assertThat(holders("reimposed-blockade", "blockade", true)).containsExactly("Chile");
  }

  @Test
  void aProOrAntiModifierNamesNoHolderOfItsNoun() {
    assertThat(Readings.drafts("pro-rally")).noneSatisfy(d -> assertThat(d.holder().text()).contains("EU"));
    assertThat(Readings.drafts("anti-rally")).noneSatisfy(d -> assertThat(d.holder().text()).contains("EU"));
  }

  @Test
  void admirerInAppositionSupportsWhomItAdmires() {
    assertThat(Readings.drafts("admirer-apposition")).filteredOn(d -> d.cue().contains("admirer")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Javier Milei");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Donald Trump");
          assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
        });
  }

  @Test
  void aCrackdownGivenAsTheReasonForSanctionsIsNotTheSanctionersOwn() {
    Readings.Reading r = Readings.of("sanctions-over-crackdown");
    assertThat(Holders.of(r.graph(), r.node("crackdown"), true, null)).isEmpty();
    assertThat(Readings.drafts("sanctions-over-crackdown")).isNotEmpty()
        .noneMatch(d -> d.cue().contains("crackdown"));
  }

  @Test
  void theNounOfAPassiveRelativeClauseIsNoHolderOfItsAct() {
    assertThat(Readings.claims("notinvited-relcl")).isEmpty();
  }

  @Test
  void theNounOfAnActiveRelativeClauseHoldsItsAct() {
    assertThat(Readings.claims("relcl-active-host")).contains("government of Nicaragua SUPPORT Honduras");
  }

  /** What firms a state sanctions do is no act of the state; a text it backs still speaks for it. */
  @Test
  void aParticipleOnANounActedAgainstIsNotTheActorsButOneOnANounBackedIs() {
    assertThat(Readings.claims("sanctioned-firms-supplying")).noneMatch(c -> c.contains("Russia"));
    assertThat(Readings.claims("backed-text-condemning")).contains("Kenya OPPOSE Eritrea");
  }

  /** "struck a cautious note" is an idiom, no act against the note: the participle on it is the subject's. */
  @Test
  void aParticipleOnAnIdiomsObjectIsTheSubjects() {
    assertThat(Readings.claims("struck-note-urging")).containsExactlyInAnyOrder("Jordan NEUTRAL Syria",
        "Jordan NEUTRAL Iraq");
  }

  @Test
  void whatASpeakerSaysANounDidIsNoActOfTheSpeaker() {
    assertThat(Readings.claims("said-finite-relative")).noneMatch(c -> c.startsWith("Turkey OPPOSE Kurdish"));
  }
}
