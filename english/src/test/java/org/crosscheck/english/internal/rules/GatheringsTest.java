package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class GatheringsTest {

  @Test
  void whoeverHoldsAMarchIsTheTargetOfItsCondemnation() {
    assertThat(Readings.drafts("march-by")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ghanaian government");
      assertThat(d.target().orElseThrow().text()).isEqualTo("striking nurses");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aPossessiveNamesWhoHoldsARally() {
    Readings.Reading r = Readings.of("rally-possessive");
    assertThat(Gatherings.holder(r.graph(), r.node("rally"), java.util.List.of()).text()).isEqualTo("farmers");
    assertThat(Readings.drafts("rally-possessive")).singleElement().satisfies(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("farmers");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aCrowdOnlyCountedHoldsNoMarch() {
    Readings.Reading r = Readings.of("march-counted");
    assertThat(Gatherings.holder(r.graph(), r.node("march"), java.util.List.of())).isNull();
    assertThat(Readings.drafts("march-counted")).allSatisfy(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aStrikeCalledToProtestIsTheProtestOfThoseWhoCalledIt() {
    Readings.Reading r = Readings.of("strike-to-protest");
    assertThat(Gatherings.purpose(r.graph(), r.node("protest"))).isTrue();
    assertThat(Complements.governed(r.graph(), r.node("protest"), null)).isFalse();
    assertThat(Readings.drafts("strike-to-protest")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Trade unions in Nigeria");
      assertThat(d.cue()).isEqualTo("protest");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aStrikeOrganisedByPartiesIsTheirOppositionThoughItNamesNoTarget() {
    assertThat(Readings.drafts("strike-organized-by-parties")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("opposition parties in Togo");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStrikeInProtestOfArrestsIsTheOrganisersOppositionTowardNoOne() {
    assertThat(Readings.drafts("strike-in-protest-of-detentions")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("opposition parties in Bangladesh");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void walkingOffTheJobInProtestIsTheWorkersOpposition() {
    assertThat(Readings.drafts("walkout-in-protest-at-cuts")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Greek dockworkers");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStrikeInProtestAtAPartysPlanIsTowardThatPartyOnly() {
    assertThat(Readings.drafts("strike-in-protest-at-government-plan")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("French unions");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("French government"));
    });
  }

  @Test
  void aStrikeCalledOffIsNoProtest() {
    assertThat(Readings.drafts("strike-called-off-by-unions")).isEmpty();
  }

  @Test
  void aStrikeIsItsHoldersOppositionThoughTheParserReadsAPlanAsItsPurpose() {
    assertThat(Readings.drafts("strike-in-protest-of-plan-to-cut")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Portuguese dockworkers");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void sitInTheTokenizerSplitAtItsHyphenIsAProtestItsHolderStages() {
    Readings.Reading r = Readings.of("protest-khan-detention");
    assertThat(r.graph().hyphenatedLemma(r.node("sit"))).isEqualTo("sit-in");
    // The sit-in is a protest whose purpose, a stance verb, says it: one claim, not two.
    assertThat(Gatherings.purpose(r.graph(), r.node("protest"))).isTrue();
    assertThat(Readings.drafts("protest-khan-detention")).singleElement()
        .satisfies(d -> assertThat(d.cue()).isEqualTo("protest"));
  }
}
