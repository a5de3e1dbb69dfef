package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndorsementsTest {

  @Test
  void backingSanctionsOnAStateOpposesItWhereTheParserHangsTheStateOnTheVerb() {
    assertThat(Readings.claims("endorse-verb-on")).containsExactly("Latvia OPPOSE Belarus");
  }

  @Test
  void welcomingSanctionsOnAStateOpposesIt() {
    assertThat(Readings.claims("endorse-noun-on")).containsExactly("Canada OPPOSE Iran");
  }

  @Test
  void welcomingSomeonesArrestOpposesThem() {
    assertThat(Readings.claims("endorse-harm-of")).containsExactly("Mexico OPPOSE Joaquin Guzman");
  }

  @Test
  void endorsingAnotherActorsStrikesSupportsThatActor() {
    Readings.Reading r = Readings.of("endorse-doer");
    assertThat(Endorsements.on(r.graph(), r.node("endorsed"))).isEmpty();
    assertThat(Readings.claims("endorse-doer")).contains("US SUPPORT Israel");
  }

  @Test
  void liftingABlockadeIsNoEndorsementOfIt() {
    Readings.Reading r = Readings.of("endorse-undo");
    assertThat(Endorsements.on(r.graph(), r.node("lifted"))).isEmpty();
    assertThat(Readings.claims("endorse-undo")).containsExactly("Egypt SUPPORT Gaza");
  }

  @Test
  void approvingAPersonsExtraditionOpposesHimNotSupportsHim() {
    assertThat(Readings.claimIds("approved-persons-extradition")).containsExactly("GBRJUD OPPOSE adhoc:person:sethi");
  }
}
