package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinePassivesTest {

  @Test
  void aHeadlineParticipleWithAByPhraseIsDoneByThatPhraseToItsSubject() {
    assertThat(Readings.claims("headline-fined-by")).containsExactly("U.S. OPPOSE Austrian lender");
  }

  @Test
  void aParticipleTaggedSoWithNoByPhraseKeepsItsSubjectAsHolder() {
    // Written by hand: a title-case headline's past tense the tagger took for a participle.
    assertThat(Readings.claims("headline-vbn-active")).containsExactly("Kenya OPPOSE Uganda");
  }

  @Test
  void aByPhraseOfMannerNamesNoAgent() {
    // Written by hand: a participle tag on a past tense whose "by" phrase says how, not who.
    assertThat(Readings.claims("headline-vbn-by-manner")).containsExactly("Kenya OPPOSE Uganda");
  }
}
