package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ForceObjectsTest {

  @Test
  void shellsFiredAtAVillageAreAnAttackWithoutATarget() {
    assertThat(Readings.drafts("munition-village")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Turkish tanks");
      assertThat(d.holder().actor().id()).isEqualTo("TURMIL");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void firingAnOfficialIsNoAttack() {
    assertThat(Readings.drafts("fired-chief")).isEmpty();
  }

  @Test
  void aCurfewImposedIsCoercionOfNoNamedParty() {
    Readings.Reading r = Readings.of("curfew-imposed");
    StanceCues.Cue imposed = StanceCues.find(r.graph()).stream()
        .filter(c -> c.head().equals(r.node("imposed"))).findFirst().orElseThrow();
    assertThat(ForceObjects.means(r.graph(), imposed)).isTrue();
    assertThat(Readings.drafts("curfew-imposed")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Indian government");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void martialLawDeclaredIsAMeasureNotASaying() {
    assertThat(Readings.drafts("martial-law-army")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Thailand's army");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("declared");
    });
  }

  @Test
  void aCurfewLiftedIsAConcession() {
    assertThat(Readings.drafts("curfew-lifted-gov")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Bangladeshi government");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aCurfewEasedIsAConcessionTheDictionaryNamesByItsObject() {
    assertThat(Readings.drafts("curfew-eased-gov")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan government");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.cue()).isEqualTo("eased");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStateOfEmergencyAfterFloodsIsNoStance() {
    assertThat(Readings.drafts("emergency-floods-gov")).isEmpty();
  }

  @Test
  void aCurfewExtendedIsCoercionOfNoNamedParty() {
    assertThat(Readings.drafts("curfew-extended-khartoum")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Sudanese government");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("extended");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aCurfewImposedOnATownIsCoercionWithoutATarget() {
    assertThat(Readings.drafts("curfew-on-border-town")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ethiopian army");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aSiegeTightenedOnASuburbIsCoercionWithoutATarget() {
    assertThat(Readings.drafts("siege-tightened-suburb")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Syrian troops");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("tightened");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aSiegeLaidToATownIsCoercionWithoutATarget() {
    assertThat(Readings.drafts("siege-laid-to-town")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ethiopian troops");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aBlockadeReimposedByItsOwnerIsStillCoercion() {
    assertThat(Readings.drafts("blockade-reimposed-coastal-town")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("reimposed");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aMeasureOnAPartyIsTowardThatPartyOnly() {
    for (String id : new String[] {"curfew-extended-on-hamas", "blockade-tightened-on-hamas"}) {
      assertThat(Readings.drafts(id)).isNotEmpty().allSatisfy(d -> {
        assertThat(d.holder().text()).isEqualTo("Israel");
        assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
        assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Hamas"));
      });
    }
  }

  @Test
  void aCurfewExtendedPastAHyphenatedModifierIsStillCoercion() {
    assertThat(Readings.drafts("curfew-hyphenated-extended")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Malian junta");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.cue()).isEqualTo("extended");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void aStateOfEmergencyPastAHyphenatedModifierAfterFloodsIsNoStance() {
    assertThat(Readings.drafts("emergency-hyphenated-floods")).isEmpty();
  }

  @Test
  void aMunitionNamedByTheObjectsCompoundIsStillAnAttack() {
    Readings.Reading r = Readings.of("force-compound-object");
    assertThat(ForceObjects.means(r.graph(), r.node("fired"), Stance.OPPOSE)).isTrue();
    assertThat(Readings.drafts("force-compound-object")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Syrian rebels");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).isEmpty();
    });
  }
}
