package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.only;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.Mention;
import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.junit.jupiter.api.Test;

class TitleNamesTest {

  @Test
  void readsADemonymAndCapitalisedWordsEndingInATitleNounAsATitleOfTheStatesGovernment() {
    Mention m = only("Zemblan Deputy Vizier", TestProfiles.zemblan());
    assertThat(m.actor().id()).isEqualTo("ZMBGOV");
    assertThat(m.text()).isEqualTo("Zemblan Deputy Vizier");
  }

  @Test
  void readsConsecutiveTitleNounsToTheLastOneForTheSector() {
    assertThat(only("Zemblan Vizier Marshal", TestProfiles.zemblan()).actor().id()).isEqualTo("ZMBMIL");
  }

  @Test
  void anAgentNounOfSeveralWordsEndingInATitleNounGivesItsOwnSector() {
    assertThat(only("Zemblan Koda Marshal", TestProfiles.zemblan()).actor().id()).isEqualTo("ZMBGOV");
  }

  @Test
  void needsTheGrammarsTitleNouns() {
    MentionGrammar noTitles = MentionGrammar.builder().demonymOrder(DemonymOrder.BEFORE_NOUN).build();
    assertThat(summary("Zemblan Deputy Vizier", TestProfiles.zemblan(noTitles))).isEmpty();
  }
}
