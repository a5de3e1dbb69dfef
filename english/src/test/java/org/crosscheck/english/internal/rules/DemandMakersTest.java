package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The maker of a refused demand as the target of the refusal ({@link Targets}, intention nouns). */
class DemandMakersTest {

  @Test
  void demandsOfKidnappersWrittenWithoutAnApostropheAreStillTheirs() {
    assertThat(Readings.claims("demand-maker-no-apostrophe")).containsExactly("Peru OPPOSE kidnappers");
  }

  @Test
  void vowingNeverToGiveInToDemandsOpposesTheirMakers() {
    assertThat(Readings.claims("give-in-to-demands")).containsExactly("Peru OPPOSE kidnappers");
  }

  @Test
  void aHyphenatedGroupNounTheTokenizerSplitIsStillTheMakerOfItsDemands() {
    assertThat(Readings.claims("demand-hyphenated-maker")).containsExactly("Bolivia OPPOSE hostage-takers");
  }
}
