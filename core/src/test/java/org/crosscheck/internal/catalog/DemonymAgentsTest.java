package org.crosscheck.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.internal.catalog.MentionFixture.only;
import static org.crosscheck.internal.catalog.MentionFixture.summary;

import org.crosscheck.internal.TestProfiles;
import org.crosscheck.spi.MentionGrammar;
import org.junit.jupiter.api.Test;

class DemonymAgentsTest {

  @Test
  void composesADemonymBeforeItsAgentNounWhereTheGrammarPutsItFirst() {
    assertThat(only("Zemblan ofisers", TestProfiles.zemblan()).actor().id()).isEqualTo("ZMBGOV");
    assertThat(only("Zembla's rebeli", TestProfiles.zemblan()).actor().id()).isEqualTo("ZMBREB");
    assertThat(summary("ofisers Zemblan", TestProfiles.zemblan())).isEmpty();
  }

  @Test
  void composesAStateAbbreviatedWithDotsBeforeItsAgentNoun() {
    assertThat(only("Z.M. ofisers", TestProfiles.zemblan()).actor().id()).isEqualTo("ZMBGOV");
    // After a whole word, the dot ends a sentence.
    assertThat(summary("Zembla. ofisers", TestProfiles.zemblan())).noneMatch(s -> s.endsWith("ZMBGOV"));
  }

  @Test
  void composesADemonymAfterItsAgentNounWhereTheGrammarPutsItLast() {
    assertThat(only("ofisers Zemblan", TestProfiles.qabbish()).actor().id()).isEqualTo("ZMBGOV");
    assertThat(summary("Zemblan ofisers", TestProfiles.qabbish())).isEmpty();
  }

  @Test
  void composesNothingWithoutAWordOrder() {
    assertThat(summary("Zemblan ofisers", TestProfiles.zemblan(MentionGrammar.none()))).isEmpty();
  }
}
