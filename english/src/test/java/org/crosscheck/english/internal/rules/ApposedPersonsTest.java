package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class ApposedPersonsTest {

  @Test
  void aNameInAppositionToAMinisterHoldsTheStanceAsAMemberOfTheGovernment() {
    assertThat(Readings.drafts("apposed-person-holder")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("Rosa Quintana");
      assertThat(d.holder().actor().memberOf()).extracting(Affiliation::actor).containsExactly("CHLGOV");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("BOL");
    });
  }

  @Test
  void aNameInAppositionToAMinisterIsTheTarget() {
    assertThat(Readings.claims("apposed-person-target"))
        .containsExactly("Peru OPPOSE Ecuador's trade minister, Tomas Varela");
  }

  @Test
  void anEnvoyNamedAfterHisPostIsAMemberOfHisStatesGovernmentNotOfTheBody() {
    Readings.Reading r = Readings.of("apposed-person-envoy");
    ActorSpan m = r.graph().mentionOf(r.node("ambassador"));
    assertThat(m.actor().name()).isEqualTo("Kofi Mensah");
    assertThat(m.actor().memberOf()).extracting(Affiliation::actor).containsExactly("GHAGOV");
  }

  @Test
  void namesAfterAPluralPostLeaveThePostItsGovernments() {
    Readings.Reading r = Readings.of("apposed-person-plural");
    assertThat(r.graph().mentionOf(r.node("ministers")).actor().id()).isEqualTo("CHLGOV");
  }

  @Test
  void aNameTheTaggerTakesForNoPersonLeavesThePostItsBody() {
    assertThat(Readings.drafts("apposed-company")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().kind()).isNotEqualTo(ActorKind.PERSON));
  }
}
