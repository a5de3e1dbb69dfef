package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllCapsNamesTest {

  @Test
  void aNameInCapitalsReadAsACommonNounIsAName() {
    assertThat(AllCapsNames.misread(Readings.tagged(
        "She/PRP accused/VBD ZANU/NN -/HYPH PF/NN of/IN fraud/NN"))).containsExactly(2, 4);
  }

  @Test
  void aNameInCapitalsReadAsAVerbOrAnAdjectiveIsAName() {
    assertThat(AllCapsNames.misread(Readings.tagged("PASOK/VBD and/CC SYRIZA/JJ walked/VBD out/RP")))
        .containsExactly(0, 2);
  }

  @Test
  void aWordInLowerCaseOrASingleCapitalIsLeftAlone() {
    assertThat(AllCapsNames.misread(Readings.tagged("A/DT Party/NN official/NN said/VBD plan/NN B/NN failed/VBD")))
        .isEmpty();
  }

  @Test
  void aHeadlineInCapitalsIsLeftAlone() {
    assertThat(AllCapsNames.misread(Readings.tagged("ARMY/NN SEIZES/VBZ POWER/NN IN/IN MALI/NNP"))).isEmpty();
  }

  @Test
  void aPartyInCapitalsAccusedInATrailingParticipleIsTheTarget() {
    assertThat(Readings.claims("said-accusing-caps-party")).anyMatch(c -> c.startsWith("Jane Moyo OPPOSE ZANU"));
  }
}
