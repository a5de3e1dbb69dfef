package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartsTest {

  @Test
  void theArmedWingOfAnOrganisationActsForIt() {
    assertThat(Readings.drafts("wing-of")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("hamas");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void aWingNamedByItsPossessorActsForThePossessor() {
    assertThat(Readings.drafts("wing-poss")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.holder().actor().id()).isEqualTo("hamas"));
  }

  @Test
  void aRulingOrganNamedByItsPossessorActsForThePossessor() {
    assertThat(Readings.claims("bureau-poss")).containsExactly("Houthis OPPOSE Saudi Arabia");
  }

  @Test
  void aLeadersOfficeActsForTheLeader() {
    assertThat(Readings.claims("office-poss")).containsExactly("Erdogan OPPOSE Sweden");
  }

  @Test
  void aDelegationOfOfficialsActsForTheirGovernment() {
    assertThat(Readings.drafts("delegation-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("IRNGOV");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Iraq");
    });
  }

  @Test
  void theBoardOfAnAgencyNamedInACompoundActsForTheAgency() {
    assertThat(Readings.drafts("vote-board-compound")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("iaea");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Syria");
    });
  }

  @Test
  void aBoardWithNoWholeNamedIsNoActor() {
    Readings.Reading r = Readings.of("vote-board-unnamed");
    assertThat(Parts.whole(r.graph(), r.node("board"))).isNull();
    assertThat(Readings.drafts("vote-board-unnamed")).isEmpty();
  }

  @Test
  void aNumberNounActsForItsOfPhraseOnlyNotForACompound() {
    Readings.Reading r = Readings.of("team-compound");
    assertThat(Parts.whole(r.graph(), r.node("team"))).isNull();
    assertThat(Readings.drafts("team-compound")).isEmpty();
    Readings.Reading d = Readings.of("delegation-of");
    assertThat(Parts.whole(d.graph(), d.node("delegation")).word()).isEqualTo("officials");
  }

  @Test
  void theHeadOfAnOrganisationActsForIt() {
    assertThat(Readings.drafts("part-head")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).contains("Human Rights Watch");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ugandan police");
    });
  }

  @Test
  void aDelegationActsForTheStateItsAdjectiveNames() {
    assertThat(Readings.claims("part-demonym-delegation")).containsExactly("Russian NEUTRAL Ukraine");
    assertThat(Readings.claims("part-demonym-rejected")).containsExactly("Ukrainian OPPOSE Russian");
  }

  @Test
  void delegationsOfTwoStatesAreNoOneWhole() {
    assertThat(Readings.claims("brokered-hyphen")).isEmpty();
  }
}
