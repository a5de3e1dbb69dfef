package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class LocationsTest {

  @Test
  void theStreetsOfACityAreWhereAProtestIsNotWhomItIsAgainst() {
    Readings.Reading r = Readings.of("streets-of");
    assertThat(Locations.where(r.graph(), r.node("streets"), "obl:to")).isTrue();
    assertThat(Readings.drafts("streets-of")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aPortWhereWorkersProtestIsNoStanceTowardItsState() {
    Readings.Reading r = Readings.of("protest-at-port");
    assertThat(Locations.within(r.graph(), r.node("Durban"))).isTrue();
    assertThat(Readings.drafts("protest-at-port")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void anAirportWhereDriversProtestIsNoStanceTowardItsState() {
    assertThat(Readings.drafts("protest-at-airport")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aPortStruckIsAimedAtTheStateItBelongsTo() {
    Readings.Reading r = Readings.of("struck-port-of");
    assertThat(Locations.within(r.graph(), r.node("Odesa"))).isFalse();
    assertThat(Readings.drafts("struck-port-of")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("UKR"));
  }

  @Test
  void aSeaNamedAfterAStateIsNoTargetOfWhatHappensInIt() {
    Readings.Reading r = Readings.of("gulf-of");
    assertThat(Locations.within(r.graph(), r.node("Oman"))).isTrue();
    assertThat(Readings.drafts("gulf-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Iranian commandos");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void theOutskirtsOfACityShelledAreItsTarget() {
    Readings.Reading r = Readings.of("shelled-outskirts");
    assertThat(Locations.within(r.graph(), r.node("Odesa"))).isFalse();
    assertThat(Readings.drafts("shelled-outskirts")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Odesa");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aBorderNamedByADemonymIsWhereARaidHappens() {
    Readings.Reading r = Readings.of("border-near");
    assertThat(Locations.within(r.graph(), r.node("Venezuelan"))).isTrue();
    assertThat(Readings.drafts("border-near")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Soldiers");
      // The camp is the rebels' (Strongholds), not Venezuela's.
      assertThat(d.target().orElseThrow().text()).isEqualTo("rebel");
    });
  }

  @Test
  void aFrontierCloseToWhichARaidHappensIsNoStanceTowardTheStateItsDemonymNames() {
    // The parser hangs "close to the Iranian frontier" on the verb as a noun modifier, not as an oblique.
    Readings.Reading r = Readings.of("frontier-close-to");
    assertThat(Locations.within(r.graph(), r.node("Iranian"))).isTrue();
    assertThat(Readings.claims("frontier-close-to")).containsExactly("Gunmen OPPOSE -");
  }

  @Test
  void guardsNamedByADemonymCloseToAFrontierAreStillTheTarget() {
    assertThat(Readings.claims("guards-close-to-frontier")).containsExactly("Gunmen OPPOSE Iranian guards");
  }

  @Test
  void aPlaceTheCatalogLacksIsNoParty() {
    Readings.Reading r = Readings.of("bay-port");
    assertThat(Locations.unknownPlace(r.graph(), r.graph().mentionOf(r.node("Bay")))).isTrue();
    assertThat(Readings.drafts("bay-port")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ethiopia");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Eritrea");
    });
  }

  @Test
  void aSeaTheCatalogLacksIsNoMentionAtAll() {
    // "Sea" ends the name of a place (THING_HEAD in the profile's mentions.tsv): no actor is made of it.
    Readings.Reading r = Readings.of("sea-port");
    assertThat(r.graph().mentionOf(r.node("Sea"))).isNull();
    assertThat(Readings.drafts("sea-port")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Eritrea");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ethiopia");
    });
  }

  @Test
  void namedGulfAsAnObjectIsAPlaceNotItsState() {
    Readings.Reading r = Readings.of("loc-named-gulf-object");
    assertThat(Locations.named(r.graph(), r.node("Gulf"))).isTrue();
    assertThat(Readings.claims("loc-named-gulf-object")).containsOnly("Iran OPPOSE -");
  }

  @Test
  void stateInTheNameOfAStraitIsNoFallbackTarget() {
    Readings.Reading r = Readings.of("loc-named-strait-fallback");
    assertThat(Locations.within(r.graph(), r.node("Taiwan"))).isTrue();
    assertThat(Readings.claims("loc-named-strait-fallback")).noneMatch(c -> c.endsWith("Taiwan"));
  }

  @Test
  void stateAttackedByNameStaysTheTarget() {
    assertThat(Readings.claims("loc-named-state-object")).containsOnly("Iran OPPOSE Oman");
  }

  @Test
  void theCityWhoseSquareARallyIsHeldInIsNoTarget() {
    Readings.Reading r = Readings.of("rally-in-possessed-square");
    assertThat(Locations.within(r.graph(), r.node("Nairobi"))).isTrue();
    assertThat(Readings.claims("rally-in-possessed-square")).isEmpty();
    assertThat(Readings.claims("rally-in-named-square")).isEmpty();
  }

  @Test
  void theCityWhoseSquareStudentsProtestInIsNoTarget() {
    Readings.Reading r = Readings.of("protest-in-possessed-square");
    assertThat(Locations.within(r.graph(), r.node("Dhaka"))).isTrue();
    assertThat(Readings.claims("protest-in-possessed-square")).containsExactly("students OPPOSE -");
  }

  @Test
  void theCityWhoseOutskirtsAreShelledStaysTheTarget() {
    Readings.Reading r = Readings.of("shelled-possessed-outskirts");
    assertThat(Locations.within(r.graph(), r.node("Kharkiv"))).isFalse();
    assertThat(Readings.claims("shelled-possessed-outskirts")).containsExactly("Russian forces OPPOSE Kharkiv");
  }

  @Test
  void aStateInsideWhichForcesActIsWhereTheyActNotWhomTheyKill() {
    assertThat(Readings.drafts("inside-place")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void divisionsWithinABodyAreTheBodysNotAPlace() {
    assertThat(Readings.claims("within-body")).containsExactly("Norway OPPOSE Security Council");
  }

  @Test
  void aProvinceWhereAGroupOfNoStateStrikesIsNoStanceTowardItsState() {
    assertThat(Readings.claims("stormed-mine-in-province")).noneMatch(c -> c.endsWith("Congo"));
    // A state's force striking another's province strikes that state (PlaceDemonymsTest).
    assertThat(Readings.claims("capital-foreign-region")).containsExactly("Ukrainian drones OPPOSE Russian");
  }

  @Test
  void aCityNamingAHotelWhereABombingHappensIsNoTargetOfIt() {
    assertThat(Readings.claimIds("bombing-at-city-hotel")).containsExactly("al-shabaab OPPOSE -");
  }

  @Test
  void theHighlandsOfAStateWhereFarmersProtestAreNoStanceTowardIt() {
    assertThat(Readings.claims("location-highlands")).noneMatch(c -> c.contains("Chile"));
  }

  @Test
  void theStateOwningARegionTheCatalogLacksIsWhereNotWhom() {
    assertThat(Readings.claims("owned-region-strike")).noneMatch(c -> c.endsWith("Colombia"));
  }
}
