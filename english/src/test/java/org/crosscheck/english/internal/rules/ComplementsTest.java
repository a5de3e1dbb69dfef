package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplementsTest {

  private static boolean governed(String id, String cue) {
    Readings.Reading r = Readings.of(id);
    return Complements.governed(r.graph(), r.node(cue), null);
  }

  @Test
  void whatIsUrgedOfSomeoneIsNotTheirStance() {
    assertThat(governed("urged-to", "support")).isTrue();
    assertThat(Readings.drafts("urged-to")).noneSatisfy(d -> assertThat(d.holder().text()).isEqualTo("Israel"));
  }

  @Test
  void theReasonOfAnAccusationIsNotAStanceOfItsOwn() {
    assertThat(governed("accused-of", "backing")).isTrue();
    assertThat(Readings.drafts("accused-of")).singleElement()
        .satisfies(d -> assertThat(d.cue()).isEqualTo("accused"));
  }

  @Test
  void whatSomeoneMustDoIsADemandNotTheirStance() {
    assertThat(governed("must-apologise", "apologise")).isTrue();
    assertThat(Readings.drafts("must-apologise")).isEmpty();
  }

  @Test
  void whatSomeoneMustStopDoingIsADemandNotTheirStance() {
    assertThat(governed("deontic-stop-gerund", "funding")).isTrue();
    assertThat(governed("deontic-stop-infinitive", "arming")).isTrue();
    assertThat(Readings.claims("deontic-stop-gerund")).isEmpty();
    assertThat(Readings.claims("deontic-stop-infinitive")).isEmpty();
  }

  @Test
  void aPlainClauseIsNotGoverned() {
    assertThat(governed("will-support", "support")).isFalse();
    assertThat(governed("refused", "support")).isFalse();
  }

  @Test
  void aNounPredicateInATenseToldToReportersIsStatedNotAsked() {
    assertThat(governed("told-reporters-loyal-friend", "friend")).isFalse();
    assertThat(Readings.claims("told-reporters-loyal-friend")).contains("Norway SUPPORT Chile")
        .doesNotContain("Ana Ruiz SUPPORT Chile");
  }

  @Test
  void aClauseWhoseTenseIsOnDoToldToReportersIsStatedNotAsked() {
    assertThat(governed("told-reporters-did-not-support", "support")).isFalse();
    assertThat(Readings.claims("told-reporters-did-not-support")).containsExactly("Norway OPPOSE Chile");
  }

  @Test
  void aSecondGerundOfAnAccusationIsWhatTheAccusedIsAccusedOf() {
    assertThat(governed("accused-of-gerund-and-loose-gerund", "arming")).isTrue();
    assertThat(Readings.claims("accused-of-gerund-and-loose-gerund")).contains("Kenya OPPOSE Mogadishu")
        .noneMatch(c -> c.startsWith("Kenya SUPPORT"));
  }

  @Test
  void aGerundTaggedAsANounAfterTheAccusedIsWhatItIsAccusedOf() {
    assertThat(governed("accused-of-two-gerunds", "financing")).isTrue();
    assertThat(governed("accused-of-two-gerunds", "arming")).isTrue();
    assertThat(Readings.claims("accused-of-two-gerunds")).contains("Chad OPPOSE Khartoum")
        .noneMatch(c -> c.startsWith("Chad SUPPORT"));
  }

  @Test
  void reasonsAreForOfAndOverPhrases() {
    assertThat(Complements.reason("advcl:of")).isTrue();
    assertThat(Complements.reason("obl:over")).isTrue();
    assertThat(Complements.reason("obl:as")).isFalse();
    assertThat(Complements.reason("obj")).isFalse();
  }

  @Test
  void whatSomeoneIsLetOrAllowedToDoIsNotTheirStance() {
    assertThat(Readings.drafts("let-join")).isEmpty();
    assertThat(Readings.drafts("not-allow-join")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("TUR");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("SWE");
      assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.OPPOSE);
    });
  }

  @Test
  void whatSomeoneHopesAnotherWillDoIsNotAsserted() {
    Readings.Reading r = Readings.of("hope-clause");
    assertThat(Complements.governed(r.graph(), r.node("punish"), null)).isTrue();
    assertThat(Readings.drafts("hope-clause")).noneMatch(d -> d.cue().contains("punish"));
  }

  @Test
  void whatIsRegrettedOrNotIsNoStanceEitherWay() {
    assertThat(governed("regretted-backing", "backing")).isTrue();
    assertThat(Readings.drafts("regretted-backing")).isEmpty();
    assertThat(governed("no-regrets", "inviting")).isTrue();
    assertThat(Readings.drafts("no-regrets")).isEmpty();
  }

  @Test
  void clauseToldInATenseIsAReportNotARequest() {
    assertThat(Readings.drafts("told-indicative")).filteredOn(d -> d.cue().equals("attacked")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("Bolivia");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Chile");
        });
    assertThat(Readings.drafts("told-modal")).noneMatch(d -> d.holder().text().equals("Bolivia")
        && d.cue().contains("attack"));
  }

  @Test
  void anInfinitiveTheParserHangsOnAnAccusationWithTheAccusedAsSubjectIsTheReason() {
    assertThat(Readings.claims("accused-object-infinitive")).isEmpty();
  }

  @Test
  void aReasonTheParserHangsOnTheAccusedIsStillTheReason() {
    assertThat(Readings.claims("accused-of-trying")).containsExactly("Kenya OPPOSE rebels");
  }

  @Test
  void aStateBoundToArrestSomeoneTakesNoStanceTowardThem() {
    assertThat(Readings.claims("bound-to-arrest")).noneMatch(c -> c.startsWith("Hungary"));
  }

  @Test
  void aStateObligedToHandOverASuspectTakesNoStanceTowardThem() {
    assertThat(Readings.claims("obliged-to-hand-over")).noneMatch(c -> c.startsWith("Poland"));
  }

  @Test
  void aStateRequiredByAnotherToExpelAGroupHasNotActedAgainstIt() {
    assertThat(Readings.claims("required-active-demand")).doesNotContain("Somalia OPPOSE militants");
  }

  @Test
  void aGerundOfAnAccusationReadAsAnAdjectiveIsNoStanceOfTheAccuser() {
    assertThat(Readings.claims("accused-gerund-amod")).noneMatch(c -> c.startsWith("Lithuania SUPPORT"));
  }
}
