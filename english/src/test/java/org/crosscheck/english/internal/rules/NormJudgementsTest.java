package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormJudgementsTest {

  @Test
  void aDeedSaidToBeIllegalJudgesItsPossessor() {
    assertThat(Readings.claims("norm-illegal-possessor")).containsExactly("Norway OPPOSE Russia");
  }

  @Test
  void aDeedSaidToBeABreachJudgesTheDoerOfItsByPhrase() {
    assertThat(Readings.claims("norm-breach-by")).containsExactly("Kenya OPPOSE Uganda");
  }

  @Test
  void aDeedCalledUnlawfulJudgesItsPossessor() {
    assertThat(Readings.claims("norm-called-unlawful")).containsExactly("Lithuania OPPOSE Minsk");
  }

  @Test
  void illegalAsAModifierOfAPredicateNounJudgesNoOne() {
    assertThat(Readings.claims("norm-predicate-migrants")).isEmpty();
  }

  @Test
  void illegalOnANounOfADeedJudgesTheDoer() {
    assertThat(Readings.claims("norm-deed-noun")).containsExactly("Cyprus OPPOSE Turkey");
  }

  @Test
  void aReportedContraventionJudgesTheOneWhoContravened() {
    assertThat(Readings.claims("norm-contravened")).containsExactly("Egypt OPPOSE Sudan");
  }

  @Test
  void aReportedDeedDoneUnlawfullyJudgesItsSubject() {
    assertThat(Readings.claims("norm-manner")).containsExactly("Nigeria OPPOSE Ghana");
  }

  @Test
  void aReportedDeedNotDoneUnlawfullyJudgesNoOne() {
    assertThat(Readings.claims("norm-manner-negated")).isEmpty();
  }
}
