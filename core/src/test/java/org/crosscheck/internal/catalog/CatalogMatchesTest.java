package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.internal.TestProfiles;
import org.junit.jupiter.api.Test;

class CatalogMatchesTest {

  @Test
  void aBodyAnotherStateNamesIsThatStatesBodyOfTheAgentsSector() {
    assertThat(summary("Zembla's Senat voted", TestProfiles.zemblan())).containsExactly("Zembla's Senat→ZMBLEG");
    assertThat(summary("the Zemblan Senat voted", TestProfiles.zemblan())).containsExactly("Zemblan Senat→ZMBLEG");
  }

  @Test
  void capitalisedWordsBetweenTheStateAndTheBodyAreTheBodysName() {
    assertThat(summary("Zembla's Grand Senat voted", TestProfiles.zemblan()))
        .containsExactly("Zembla→ZMB", "Grand Senat→ZMBLEG");
  }

  @Test
  void theBodyAloneIsTheOneTheCatalogNames() {
    assertThat(summary("the Senat voted", TestProfiles.zemblan())).containsExactly("Senat→bordurian-senat");
  }

  @Test
  void theBodyOfTheStateTheCatalogFilesItUnderStaysItsOwn() {
    assertThat(summary("Borduria's Senat voted", TestProfiles.zemblan()))
        .containsExactly("Borduria→BRD", "Senat→bordurian-senat");
  }

  @Test
  void aStateSeparatedByOtherWordsDoesNotOwnTheBody() {
    assertThat(summary("Zembla hails Senat", TestProfiles.zemblan()))
        .containsExactly("Zembla→ZMB", "Senat→bordurian-senat");
    assertThat(summary("Zembla, Senat", TestProfiles.zemblan())).containsExactly("Zembla→ZMB", "Senat→bordurian-senat");
    assertThat(summary("Zembla's Very Grand Old Senat", TestProfiles.zemblan()))
        .containsExactly("Zembla→ZMB", "Senat→bordurian-senat");
  }

  @Test
  void aStateBeforeTheBodyOwnsNothingWhereStatesFollowTheirNouns() {
    assertThat(summary("Zembla Senat", TestProfiles.qabbish())).contains("Senat→bordurian-senat");
  }
}
