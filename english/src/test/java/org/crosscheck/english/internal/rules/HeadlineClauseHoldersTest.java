package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FallbackTarget: the people a demonym names as another cue's subject are that cue's holders, no target. */
class HeadlineClauseHoldersTest {

  @Test
  void minersBlockingHighwaysInASecondClauseAreNoTargetOfThePactSigner() {
    assertThat(Readings.claims("pact-as-miners-block"))
        .containsExactlyInAnyOrder("Bolivian miners OPPOSE -", "Chile SUPPORT -");
  }

  @Test
  void troopsPressingAnOffensiveThatIsNoCueStayTheCondemnedStrikesDoers() {
    assertThat(Readings.claims("strikes-as-offensive")).contains("Turkey OPPOSE Israeli troops");
  }
}
