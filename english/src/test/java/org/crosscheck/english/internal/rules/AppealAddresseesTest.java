package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppealAddresseesTest {

  @Test
  void anAppealToTwoPartiesIsAContactWithEach() {
    assertThat(Readings.claims("urged-both-resolve"))
        .containsExactlyInAnyOrder("East African Community NEUTRAL Burundi", "East African Community NEUTRAL Rwanda");
  }

  @Test
  void anAppealToUndoTheirOwnActPressesTheOneAskedBesideTheAskersStanceTowardAThirdParty() {
    assertThat(Readings.claims("urged-release")).containsExactlyInAnyOrder(
        "Amnesty International OPPOSE Egypt", "Amnesty International SUPPORT Alaa Abd el-Fattah");
    Readings.Reading r = Readings.of("urged-both-resolve");
    assertThat(AppealAddressees.stance(r.graph(), r.node("urged"))).isEqualTo(org.crosscheck.Stance.NEUTRAL);
  }

  @Test
  void anAppealToCorrectTheirOwnMistakePressesTheOneAsked() {
    assertThat(Readings.claims("urged-correct")).containsExactly("China OPPOSE Norway");
  }

  @Test
  void aCallToResignPressesTheOneAsked() {
    assertThat(Readings.claims("called-on-to-resign")).containsExactly("Raila Odinga OPPOSE William Ruto");
  }

  @Test
  void anAppealToKeepWhatTheOneAskedIsTakenToBreakPressesThem() {
    assertThat(Readings.claims("urged-refrain")).containsExactly("African Union OPPOSE Sudan");
    assertThat(Readings.claims("urged-honour")).containsExactly("Germany OPPOSE Serbia");
  }

  @Test
  void anAppealToTwoPartiesToStopIsAnEvenHandedContactWithEach() {
    assertThat(Readings.claims("urged-two-stop"))
        .containsExactlyInAnyOrder("United Nations NEUTRAL India", "United Nations NEUTRAL Pakistan");
  }

  @Test
  void anAppealWithNoActAskedForIsNoContact() {
    Readings.Reading r = Readings.of("asked-to-mediate");
    assertThat(AppealAddressees.asks(r.graph(), r.node("asked"), List.of())).isTrue();
    Readings.Reading plain = Readings.of("shares-border");
    assertThat(AppealAddressees.asks(plain.graph(), plain.node("shares"), List.of())).isFalse();
    Readings.Reading help = Readings.of("asked-for-help");
    assertThat(AppealAddressees.asks(help.graph(), help.node("asked"), List.of())).isFalse();
  }

  @Test
  void anAppealToPartiesNoRuleResolvesIsNoClaim() {
    Readings.Reading r = Readings.of("urged-both-sides");
    assertThat(AppealAddressees.asks(r.graph(), r.node("urged"), List.of())).isFalse();
    assertThat(Readings.drafts("urged-both-sides")).isEmpty();
  }

  @Test
  void anAppealToAGroupOnlyDescribedOrToAPeopleIsNoContactWithAnActor() {
    Readings.Reading r = Readings.of("urged-protesters");
    assertThat(AppealAddressees.asks(r.graph(), r.node("urged"), List.of())).isFalse();
    Readings.Reading p = Readings.of("urged-people-demonym");
    assertThat(AppealAddressees.asks(p.graph(), p.node("urged"), List.of())).isFalse();
  }

  @Test
  void anAppealToANamedPersonTheCatalogLacksIsAContact() {
    assertThat(Readings.claims("urged-named-person")).containsExactly("Kenya NEUTRAL Peter Odongo");
  }

  @Test
  void anAppealToACapitalIsAContactWithItsState() {
    assertThat(Readings.claims("urged-capital")).containsExactly("State Department NEUTRAL Nairobi");
  }

  @Test
  void anAppealToReleaseJoinedToAnotherActPressesTheOneAsked() {
    assertThat(Readings.claimIds("urged-treat-and-release")).contains("VNM OPPOSE IDN");
  }

  @Test
  void callingOnAPartyReadAsAVerbWithAParticleAsksThatParty() {
    assertThat(Readings.claimIds("called-on-release")).containsExactly("GHA OPPOSE TGO");
  }

  @Test
  void anAppealToBothGovernmentsIsAnEvenHandedContactWithTheTwoStatesNamedBefore() {
    assertThat(Readings.inOrder(new org.crosscheck.spi.Discourse(), "pair-intro-exchanged-fire",
        "pair-urged-both-governments").stream().map(Readings::claimId).toList())
        .contains("GEO NEUTRAL ARM", "GEO NEUTRAL AZE").noneMatch(c -> c.startsWith("GEO OPPOSE"));
  }

  @Test
  void anAppealToQuashWhatTheOneAskedDidPressesThem() {
    assertThat(Readings.claims("appeal-quash")).containsExactly("Kenya OPPOSE Uganda");
  }

  @Test
  void anAppealToGoFurtherOrHoldFirmBacksTheOneAsked() {
    assertThat(Readings.claims("ae-go-further")).contains("Kenya SUPPORT Washington");
    assertThat(Readings.claims("ae-hold-firm")).containsExactly("Greenpeace SUPPORT Brussels");
    assertThat(Readings.claims("ae-persevere")).containsExactly("Kenya SUPPORT Brussels");
  }

  @Test
  void anAppealToTwoPartiesToGoFurtherOrToOneToGoAnotherWayStaysNeutral() {
    assertThat(Readings.claims("ae-two-go-further")).containsExactlyInAnyOrder("Norway NEUTRAL Kenya",
        "Norway NEUTRAL Uganda");
    assertThat(Readings.claims("ae-go-home")).containsExactly("Kenya NEUTRAL Washington");
  }
}
