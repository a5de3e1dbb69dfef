package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

  /** The memory after reading {@code id}, a sentence that names someone with his title. */
  private static Discourse after(String id) {
    Discourse d = new Discourse();
    Readings.claims(id, d);
    return d;
  }

  @Test
  void aTitledPersonIsRememberedUnderHisSurnameAsHisBodysVoice() {
    assertThat(after("aff-4").get(Affiliations.BODIES)).hasValueSatisfying(b -> assertThat(b.get("tanabe").id())
        .isEqualTo("JPNGOV"));
  }

  @Test
  void aPrimeMinisterDenyingHisOwnStateAnApologyTakesNoStanceTowardIt() {
    assertThat(Readings.claims("aff-5")).contains("Tanabe SUPPORT Japan", "Tanabe OPPOSE Japan");
    assertThat(Readings.claims("aff-5", after("aff-4"))).isEmpty();
  }

  @Test
  void opposingAPartOfOnesOwnStateIsStillAStance() {
    assertThat(Readings.claims("aff-6", after("aff-4"))).containsExactly("Tanabe OPPOSE Japan's central bank");
  }

  @Test
  void aSpokeswomanForAnAgencyBacksNotTheAgencyHerAppealNames() {
    Discourse d = after("aff-1");
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
