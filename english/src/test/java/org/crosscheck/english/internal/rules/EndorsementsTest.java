package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class EndorsementsTest {

  @Test
  void backingSanctionsOnAStateOpposesItWhereTheParserHangsTheStateOnTheVerb() {
    assertThat(Readings.drafts("endorse-verb-on")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Latvia");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Belarus");
    });
  }

  @Test
  void welcomingSanctionsOnAStateOpposesIt() {
    assertThat(Readings.drafts("endorse-noun-on")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Canada");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Iran");
    });
  }

  @Test
  void welcomingSomeonesArrestOpposesThem() {
    assertThat(Readings.drafts("endorse-harm-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Mexico");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Joaquin Guzman");
    });
  }

  @Test
  void endorsingAnotherActorsStrikesSupportsThatActor() {
    Readings.Reading r = Readings.of("endorse-doer");
    assertThat(Endorsements.on(r.graph(), r.node("endorsed"))).isEmpty();
    assertThat(Readings.drafts("endorse-doer")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("US");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void liftingABlockadeIsNoEndorsementOfIt() {
    Readings.Reading r = Readings.of("endorse-undo");
    assertThat(Endorsements.on(r.graph(), r.node("lifted"))).isEmpty();
    assertThat(Readings.drafts("endorse-undo")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Egypt");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Gaza");
    });
  }
}
