package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsweringActsTest {

  /** The claims of the fixture read as a later sentence of an article, after one that names nobody. */
  private static List<String> later(String id) {
    Readings.Reading r = Readings.in("Prices rose sharply. ", id);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return Readings.claims(r.drafts());
  }

  @Test
  void aVowToRetaliateAfterTheFirstSentenceAnswersSomeoneToldBeforeAndIsNoClaim() {
    assertThat(later("answer-retaliate")).isEmpty();
  }

  @Test
  void aThreatToStrikeBackAfterTheFirstSentenceIsNoClaim() {
    assertThat(later("answer-strike-back")).isEmpty();
  }

  @Test
  void aVowToRetaliateInAFirstSentenceNamesNoOneAndStaysAClaim() {
    assertThat(Readings.claims("answer-retaliate")).containsExactly("Pakistan OPPOSE -");
  }

  @Test
  void anOfferToMediateTakesNoSideAndIsNoClaimEvenInAFirstSentence() {
    assertThat(Readings.claims("between-mediate")).isEmpty();
  }

  @Test
  void aThreatOfAnActThatAnswersNoOneStaysAClaimAfterTheFirstSentence() {
    assertThat(later("answer-unlisted")).containsExactly("Kenya OPPOSE -");
  }

  @Test
  void anAnswerIsAimedAtWhoeverDidWhatTheAfterClauseTells() {
    assertThat(Readings.claims("answer-after")).contains("Jordan OPPOSE Syria");
    assertThat(later("answer-after")).contains("Jordan OPPOSE Syria");
  }

  @Test
  void returningFireAnswersWhoeverOpenedFire() {
    assertThat(Readings.claims("answer-fire")).contains("its troops OPPOSE Sudanese soldiers");
  }

  @Test
  void anActThatAnswersNoOneTakesNoTargetFromAnAfterClause() {
    assertThat(Readings.claims("answer-not")).noneMatch(c -> c.startsWith("Ghana") && c.endsWith("Togo"));
  }

  @Test
  void aVowOfRevengeAfterAnAttackIsAimedAtWhoeverAttacked() {
    assertThat(Readings.claims("answer-revenge-after")).containsExactly("Chad OPPOSE Libyan");
  }
}
