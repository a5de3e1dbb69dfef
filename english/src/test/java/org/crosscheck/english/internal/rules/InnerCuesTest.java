package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class InnerCuesTest {

  @Test
  void anAgreementToAllowIsOneClaimTowardWhomTheAllowingServes() {
    assertThat(Readings.drafts("agreed-to-allow-flights")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Jordan");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Syria");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.fallbackTarget()).isFalse();
    });
  }

  @Test
  void aGoverningCueStillSpeaksWhenItsInfinitiveNamesNobody() {
    // "agreed to share intelligence with its neighbours": no target anywhere, so the agreement itself is the claim.
    assertThat(Readings.drafts("agreed-to-share-intelligence")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Chad");
      assertThat(d.cue()).isEqualTo("agreed");
      assertThat(d.target()).isEmpty();
    });
  }
}
