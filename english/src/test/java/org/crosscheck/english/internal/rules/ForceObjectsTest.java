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
}
