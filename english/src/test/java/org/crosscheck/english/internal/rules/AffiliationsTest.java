package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

  @Test
  void aTitledPersonIsRememberedUnderHisSurnameAsHisBodysVoice() {
    Discourse d = new Discourse();
    Readings.claims("aff-4", d);
    assertThat(d.get(Affiliations.BODIES)).hasValueSatisfying(b -> assertThat(b.get("tanabe").id())
        .isEqualTo("JPNGOV"));
  }

  @Test
  void aPrimeMinisterDenyingHisOwnStateAnApologyTakesNoStanceTowardIt() {
    assertThat(Readings.claims("aff-5")).contains("Tanabe SUPPORT Japan", "Tanabe OPPOSE Japan");
    Discourse d = new Discourse();
    Readings.claims("aff-4", d);
    assertThat(Readings.claims("aff-5", d)).isEmpty();
  }

  @Test
  void opposingAPartOfOnesOwnStateIsStillAStance() {
    Discourse d = new Discourse();
    Readings.claims("aff-4", d);
    assertThat(Readings.claims("aff-6", d)).containsExactly("Tanabe OPPOSE Japan's central bank");
  }

  @Test
  void aSpokeswomanForAnAgencyBacksNotTheAgencyHerAppealNames() {
    Discourse d = new Discourse();
    Readings.claims("aff-1", d);
    assertThat(d.get(Affiliations.BODIES)).hasValueSatisfying(b -> assertThat(b.get("lindqvist").id())
        .isEqualTo("IGOUNOREFHCR"));
    assertThat(Readings.claims("aff-2", d)).doesNotContain("Maria Lindqvist SUPPORT UNHCR");
  }

  @Test
  void aBodyIsNeverTakenForAPersonWhoseSurnameEndsItsName() {
    Discourse d = new Discourse();
    d.set(Affiliations.BODIES, java.util.Map.of("union", Readings.CATALOG.actor("TUNGOV").orElseThrow()));
    assertThat(Readings.claims("aff-7", d)).contains("European Union SUPPORT Tunisia");
  }
}
