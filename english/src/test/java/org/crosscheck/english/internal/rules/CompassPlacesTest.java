package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompassPlacesTest {

  @Test
  void aPlaceNorthOfACityIsNoAttackOnTheCitysState() {
    assertThat(Readings.claims("compass-village")).noneMatch(c -> c.endsWith("Kandahar"));
  }

  @Test
  void thePartOfAStateNamedByItsDirectionIsStillThatState() {
    assertThat(Readings.claims("compass-part")).containsExactly("Militants OPPOSE Lebanon");
  }

  @Test
  void aLandmarkOfASuburbIsNoFallbackTarget() {
    assertThat(Readings.claims("compass-suburb")).noneMatch(c -> c.endsWith("Dhaka"));
  }

  @Test
  void aPlaceNorthOfACityIsNoAttackOnItWhateverItsDeterminer() {
    assertThat(Readings.claims("compass-the-village")).noneMatch(c -> c.endsWith("Kandahar"));
  }
}
