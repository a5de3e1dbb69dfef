package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ProvincesTest {

  @Test
  void aProvincePraisedIsNoStanceTowardItsState() {
    assertThat(Readings.drafts("province-praised")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Japan");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void whatIsDoneInAProvinceIsDoneToItsState() {
    assertThat(Readings.drafts("province-sent")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Texas");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aProvinceIsNoFallbackTargetEither() {
    assertThat(Readings.drafts("province-fallback")).noneSatisfy(d -> assertThat(d.target()).isPresent());
  }

  @Test
  void aCapitalStandsForItsGovernmentWhateverIsSaidOfIt() {
    assertThat(Readings.drafts("capital-accused")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().text()).isEqualTo("Belgrade"));
  }
}
