package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Targets.in: a name an "anti-" or "pro-" modifier carries is whom a thing is for or against. */
class PrefixedTargetsTest {

  @Test
  void backingAnAntiIslamicStateCoalitionIsNoSupportOfIslamicState() {
    assertThat(Readings.claims("anti-prefix-coalition")).noneMatch(c -> c.contains("Islamic State"));
  }

  @Test
  void aBodyWhoseOwnNameIsPrefixedIsStillATarget() {
    assertThat(Readings.claims("anti-corruption-body-kept"))
        .containsExactly("opposition OPPOSE Anti-Corruption Commission");
  }
}
