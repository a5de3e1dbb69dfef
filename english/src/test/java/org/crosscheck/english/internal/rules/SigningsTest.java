package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class SigningsTest {

  @Test
  void aClubSigningANamedStrikerBacksNobody() {
    Readings.Reading r = Readings.of("signing-striker");
    assertThat(Signings.hires(r.graph(), r.node("signed"))).isTrue();
    assertThat(Readings.drafts("signing-striker")).isEmpty();
  }

  @Test
  void aClubSigningAWingerWhoseNameHangsLooselyBacksNobody() {
    Readings.Reading r = Readings.of("signing-winger");
    assertThat(Signings.hires(r.graph(), r.node("signed"))).isTrue();
    assertThat(Readings.drafts("signing-winger")).isEmpty();
  }

  @Test
  void aClubSigningAnUnnamedGoalkeeperBacksNeitherHimNorHisCountry() {
    Readings.Reading r = Readings.of("signing-goalkeeper");
    assertThat(Signings.hires(r.graph(), r.node("signed"))).isTrue();
    assertThat(Readings.drafts("signing-goalkeeper")).isEmpty();
  }

  @Test
  void signingADealWithAStateStillSupportsThatState() {
    Readings.Reading r = Readings.of("signing-deal");
    assertThat(Signings.hires(r.graph(), r.node("signed"))).isFalse();
    assertThat(Readings.drafts("signing-deal")).anyMatch(d -> d.cue().equals("signed")).allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("GHA");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("TGO"));
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aClubAgreeingToSignAMidfielderBacksNobody() {
    Readings.Reading r = Readings.of("signing-agreed");
    assertThat(Signings.hiresThrough(r.graph(), r.node("agreed"))).isTrue();
    assertThat(Readings.drafts("signing-agreed")).isEmpty();
  }

  @Test
  void agreeingToSignAnAccordWithAStateStillSupportsThatState() {
    Readings.Reading r = Readings.of("signing-agreed-accord");
    assertThat(Signings.hiresThrough(r.graph(), r.node("agreed"))).isFalse();
    assertThat(Readings.drafts("signing-agreed-accord")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("GHA");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("TGO"));
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }
}
