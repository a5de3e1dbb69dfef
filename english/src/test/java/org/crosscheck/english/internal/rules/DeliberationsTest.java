package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class DeliberationsTest {

  @Test
  void discussingAMatterWithNoPartyNamedIsNoClaim() {
    assertThat(Readings.drafts("delib-discuss-mandate")).isEmpty();
  }

  @Test
  void discussingWithAPartyStaysNeutralTowardIt() {
    assertThat(Readings.claims("delib-discussed-with")).containsExactly("Kenya NEUTRAL Uganda");
  }

  @Test
  void studyingAProposalWithNoPartyNamedIsNoClaim() {
    assertThat(Readings.drafts("delib-studying")).isEmpty();
  }

  @Test
  void watchingTheSituationStaysANeutralStanceTowardNoOne() {
    assertThat(Readings.drafts("unresolved-monitoring")).singleElement().satisfies(d -> {
      assertThat(d.target()).isEmpty();
      assertThat(d.stance()).isEqualTo(Stance.NEUTRAL);
    });
  }

  @Test
  void talksDiscussedAreAMatterNotAContactBetweenThoseTheyName() {
    assertThat(Readings.claims("talks-discussed")).isEmpty();
  }
}
