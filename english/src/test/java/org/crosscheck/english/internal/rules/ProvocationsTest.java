package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvocationsTest {

  @Test
  void aThreatPromptedByAVetoAnswersTheVetoingStateNotTheReverse() {
    assertThat(Readings.claims("prov-veto-threat")).contains("Norway OPPOSE Russia")
        .noneMatch(c -> c.startsWith("Russia OPPOSE Norway"));
  }

  @Test
  void aReactionThatNamesItsOwnTargetKeepsIt() {
    assertThat(Readings.claims("prov-own-target")).contains("Norway OPPOSE Moscow")
        .doesNotContain("Norway OPPOSE Russia");
  }

  @Test
  void aParticipleTheParserHangsOnTheObjectAfterACommaStillAnswersTheDoer() {
    assertThat(Readings.claims("prov-acl")).contains("Havana OPPOSE Canada");
  }

  @Test
  void leadingAnotherToActIsAProvocationToo() {
    assertThat(Readings.claims("prov-led")).contains("Britain OPPOSE Iran");
  }


  @Test
  void aRebukeDrawnByAnActIsTheRebukersTowardTheActsDoer() {
    assertThat(Readings.claims("prov-drawing-rebuke")).contains("Norway OPPOSE Russia")
        .noneMatch(c -> c.startsWith("Russia OPPOSE Norway"));
  }

  @Test
  void praiseEarnedIsThePraisersNotTheEarnersWhenTheParserMakesItTheActsObject() {
    assertThat(Readings.claims("prov-earning-praise")).contains("Togo SUPPORT Ghana")
        .noneMatch(c -> c.startsWith("Ghana"));
  }

  @Test
  void condemnationDrawnIsNoObjectOfTheShelling() {
    assertThat(Readings.claims("prov-misread-object")).contains("Baghdad OPPOSE Turkey")
        .doesNotContain("Turkey OPPOSE Baghdad");
  }

  @Test
  void praiseEarnedHungLooselyOnTheActIsNoFallbackTargetOfTheAct() {
    assertThat(Readings.claims("prov-npmod-praise")).contains("Togo SUPPORT Ghana")
        .noneMatch(c -> c.startsWith("Ghana"));
  }

  @Test
  void condemnationSparkedAndSetBesideTheObjectAnswersTheActsDoer() {
    assertThat(Readings.claims("prov-appos-condemnation")).contains("Paris OPPOSE Mali");
  }

  @Test
  void aReactionDrawnAfterAClauseOfTimeAnswersTheMainAct() {
    // "Israel struck the port after Hamas fired rockets, drawing condemnation from Egypt": the strike drew it.
    assertThat(Readings.claims("drawing-after-clause")).contains("Egypt OPPOSE Israel")
        .doesNotContain("Egypt OPPOSE Hamas");
  }
}
