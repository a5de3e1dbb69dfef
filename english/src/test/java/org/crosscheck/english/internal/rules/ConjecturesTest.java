package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConjecturesTest {

  private static boolean conjectured(String id, String cue) {
    Readings.Reading r = Readings.of(id);
    return Conjectures.conjectured(r.graph(), r.node(cue));
  }

  @Test
  void supportARumourSpeaksOfIsNoClaim() {
    assertThat(conjectured("conjecture-rumours", "support")).isTrue();
    assertThat(Readings.claims("conjecture-rumours")).isEmpty();
  }

  @Test
  void recognitionSpeculatedAboutIsNoClaimWhenTheClauseHangsOnTheNounsVerb() {
    assertThat(conjectured("conjecture-speculation-grew", "recognise")).isTrue();
    assertThat(Readings.claims("conjecture-speculation-grew")).isEmpty();
  }

  @Test
  void attackFearedIsNoClaimOfTheFearedAttacker() {
    assertThat(conjectured("conjecture-fears-raised", "attack")).isTrue();
    assertThat(Readings.claims("conjecture-fears-raised")).isEmpty();
  }

  @Test
  void aStateSayingItWillRecogniseIsStillAClaim() {
    assertThat(conjectured("conjecture-said-left-alone", "recognise")).isFalse();
    assertThat(Readings.claims("conjecture-said-left-alone")).containsExactly("Kenya SUPPORT -");
  }
}
