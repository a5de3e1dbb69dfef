package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ProposedActsTest {

  @Test
  void supportForAProposalToUseAStatesAssetsIsNoStanceTowardTheState() {
    assertThat(Readings.claims("proposed-use")).noneMatch(c -> c.contains("Chile"));
  }

  @Test
  void backingAProposalToUseAStatesAssetsIsNoStanceTowardTheState() {
    assertThat(Readings.claims("proposed-use-verb")).noneMatch(c -> c.contains("Russia"));
  }

  @Test
  void backingSomeonesProposalSupportsWhoeverProposedIt() {
    assertThat(Readings.claims("proposed-owner-use")).containsExactly("Latvia SUPPORT Estonia");
  }

  @Test
  void rejectingAProposalToImposeTariffsOnAStateIsNoOppositionToIt() {
    assertThat(Readings.claims("proposed-tariffs-rejected")).containsExactly("Brazil SUPPORT Argentina");
  }

  @Test
  void backingAPlanToStrikeAStateOpposesIt() {
    assertThat(Readings.claims("proposed-strike")).containsExactly("Peru OPPOSE Chile");
  }

  @Test
  void backingAPlanToHelpAStateSupportsIt() {
    assertThat(Readings.claims("proposed-help")).containsExactly("Peru SUPPORT Chile");
  }

  @Test
  void opposingAProposalToFundAStateOpposesIt() {
    assertThat(Readings.claims("proposed-fund-opposed")).containsExactly("Peru OPPOSE Chile");
  }

  @Test
  void supportForAProposalToRecogniseAStateSupportsIt() {
    assertThat(Readings.claims("proposed-recognise")).containsExactly("Norway SUPPORT Kosovo");
  }

  @Test
  void supportForAStateToJoinABodyIsTowardTheState() {
    assertThat(Readings.claims("support-for-to")).contains("Poland SUPPORT Georgia")
        .doesNotContain("Poland SUPPORT NATO");
  }

  @Test
  void anActOfNoStanceProposedIsNeutralAndAnActAgainstOpposes() {
    Readings.Reading use = Readings.of("proposed-use-verb");
    assertThat(ProposedActs.proposed(use.graph(), use.node("backed"), use.node("use"))).isTrue();
    assertThat(ProposedActs.act(use.graph(), use.node("use"))).isEqualTo(Stance.NEUTRAL);
    Readings.Reading impose = Readings.of("proposed-tariffs-rejected");
    assertThat(ProposedActs.act(impose.graph(), impose.node("impose"))).isEqualTo(Stance.OPPOSE);
    Readings.Reading join = Readings.of("support-for-to");
    assertThat(ProposedActs.proposed(join.graph(), join.node("support"), join.node("join"))).isFalse();
  }
}
