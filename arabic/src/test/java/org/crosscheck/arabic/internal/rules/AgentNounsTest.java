package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Sector;
import org.junit.jupiter.api.Test;

class AgentNounsTest {

  private static final AgentNouns AGENTS = ArabicLexicon.get().agents;

  @Test
  void agentNounsAreFoundByTheStemOfTheirFirstWord() {
    assertThat(AGENTS.startingWith("مسلح")).anyMatch(e -> e.words().size() == 1 && e.sector() == Sector.UAF);
  }

  @Test
  void phrasesOfSeveralWordsKeepTheirWords() {
    assertThat(AGENTS.startingWith("مسلح")).anyMatch(e -> e.words().size() == 2);
  }

  @Test
  void unknownWordIsNoAgent() {
    assertThat(AGENTS.startingWith("طاوله")).isEmpty();
  }
}
