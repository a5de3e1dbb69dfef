package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoersTest {

  @Test
  void aCaptorNamedByAParticipleIsNoTargetOfADemandForTheCaptivesRelease() {
    assertThat(Readings.claims("release-detained")).noneMatch(c -> c.contains("navy"));
  }

  @Test
  void anAttackerNamedByAParticipleIsNoTargetOfAidToWhatItHit() {
    assertThat(Readings.claims("aid-to-shelled-towns")).noneMatch(c -> c.startsWith("Jordan SUPPORT"));
  }

  @Test
  void aParticipleAfterItsNounTakesNoBystanderOfTheSentenceAsTarget() {
    assertThat(Readings.claims("bombed-ports-rebuilt")).isEmpty();
    assertThat(Readings.claims("aid-to-shelled-towns")).noneMatch(c -> c.startsWith("Syria OPPOSE"));
  }

  @Test
  void aNegatedParticipleNamesNoOwnerOfItsNoun() {
    assertThat(Readings.claims("participle-negated-agent")).containsExactly("India OPPOSE -");
    assertThat(Readings.claims("participle-agent-owner")).containsExactly("India OPPOSE United States");
    // The parser may make the participle a clause of the verb: the negation still holds.
    assertThat(Readings.claims("misread-clause-negated-agent")).noneMatch(c -> c.endsWith("United Nations"));
  }
}
