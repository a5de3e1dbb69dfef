package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class RoutesTest {

  @Test
  void theStateWhoseTerritoryAPipelineCrossesIsNoFallbackTarget() {
    Readings.Reading r = Readings.of("route-through-territory");
    assertThat(Routes.crossed(r.graph(), r.node("Russian"))).isTrue();
    assertThat(Routes.crossed(r.graph(), r.node("Tbilisi"))).isFalse();
    assertThat(Readings.drafts("route-through-territory")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Tbilisi");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void theAgencyAFunderActsThroughIsNoFallbackTarget() {
    Readings.Reading r = Readings.of("through-aid-agency");
    assertThat(Routes.crossed(r.graph(), r.node("JICA"))).isTrue();
    assertThat(Readings.drafts("through-aid-agency")).noneSatisfy(
        d -> assertThat(d.target().map(t -> t.text()).orElse("")).isEqualTo("JICA"));
  }

  @Test
  void whereARoadLeadsIsNoTargetOfTheActOnIt() {
    assertThat(Readings.claims("road-destination-to")).containsExactly("Protesters OPPOSE -");
    assertThat(Readings.drafts("road-destination-leading")).allSatisfy(d -> assertThat(d.target()).isEmpty());
    assertThat(Readings.drafts("road-destination-nmod")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void thePlaceARoadNounLeadsToIsItsDestination() {
    Readings.Reading r = Readings.of("road-destination-of-noun");
    assertThat(Routes.destination(r.graph(), r.node("Kabul"))).isTrue();
    assertThat(Routes.destination(r.graph(), r.node("road"))).isFalse();
  }

  @Test
  void thePlacesARoadIsNamedForAreNoTargetsOfTheActOnIt() {
    assertThat(Readings.claims("road-ends-hyphen")).containsExactly("Truck drivers OPPOSE -");
    assertThat(Readings.claims("road-ends-dash")).containsExactly("Protesters OPPOSE -");
    Readings.Reading r = Readings.of("road-ends-hyphen");
    assertThat(Routes.endpoint(r.graph(), r.node("Kampala"))).isTrue();
    assertThat(Routes.endpoint(r.graph(), r.node("Jinja"))).isTrue();
    assertThat(Readings.claims("road-ends-near")).containsExactly("Workers OPPOSE -");
  }

  @Test
  void aRoadNamedForOnePlaceIsNoRoadBetweenTwo() {
    Readings.Reading r = Readings.of("road-named-for-one-place");
    assertThat(Routes.endpoint(r.graph(), r.node("Kampala"))).isFalse();
  }

  @Test
  void whereACrossingComesFromIsNoPartyToItsRestriction() {
    assertThat(Readings.claimIds("restricted-crossings-from")).containsExactly("SDNMIL OPPOSE -");
    assertThat(Readings.claimIds("blocked-road-from")).containsExactly("adhoc:group:protesters OPPOSE -");
    assertThat(Readings.claimIds("blocked-crossing-from")).containsExactly("adhoc:group:protesters OPPOSE -");
  }
}
