package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class OwnGovernmentsTest {

  /** An article that has named the government of {@code state} last. */
  private static Discourse afterGovernmentOf(String state) {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.LAST.get(EnglishLexicon.InstitutionClass.GOVERNMENT),
        ActorRef.of(Readings.CATALOG.actor(state + "GOV").orElseThrow(), state + "'s government"));
    return d;
  }

  @Test
  void theOppositionAccusingTheGovernmentAccusesItsOwnStatesGovernment() {
    assertThat(Readings.drafts("own-government-opposition", afterGovernmentOf("UGA"))).map(Readings::claimId)
        .containsExactly("KENOPP OPPOSE KENGOV");
  }

  @Test
  void anOppositionLeaderTheCatalogFilesUnderTheGovernmentAccusesItToo() {
    assertThat(Readings.drafts("own-government-named-opposition", afterGovernmentOf("UGA"))).map(Readings::claimId)
        .containsExactly("raila-odinga OPPOSE KENGOV");
  }

  @Test
  void aMinisterAccusingTheGovernmentSaysNothingOfWhose() {
    assertThat(Readings.drafts("own-government-minister", afterGovernmentOf("KEN"))).map(Readings::claimId)
        .containsExactly("UGAGOV OPPOSE KENGOV");
  }

  @Test
  void aStateAccusingTheGovernmentAccusesTheOneNamedBeforeNotItsOwn() {
    assertThat(Readings.drafts("own-government-state", afterGovernmentOf("UGA"))).map(Readings::claimId)
        .containsExactly("KEN OPPOSE UGAGOV");
  }

  @Test
  void governmentsInThePluralAreNotTheHoldersOwn() {
    assertThat(Readings.drafts("own-government-plural", afterGovernmentOf("UGA"))).map(Readings::claimId)
        .doesNotContain("KENOPP OPPOSE KENGOV");
  }

  @Test
  void holdersOfTwoStatesLeaveTheGovernmentTheOneNamedBefore() {
    assertThat(Readings.drafts("own-government-two-states", afterGovernmentOf("TZA"))).map(Readings::claimId)
        .containsExactlyInAnyOrder("KENOPP OPPOSE TZAGOV", "UGALAB OPPOSE TZAGOV");
  }

  @Test
  void aRebelGroupOfAStateJoiningTalksWithGovernmentFacesThatStatesGovernment() {
    assertThat(Readings.drafts("fano-faction-headline")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ETHGOV"));
  }

  @Test
  void aGovernmentWithAnOwnerOfItsOwnIsNotTheHoldersOwn() {
    assertThat(Readings.drafts("own-government-owned", afterGovernmentOf("UGA"))).map(Readings::claimId)
        .noneMatch(c -> c.endsWith("KENGOV"));
  }
}
