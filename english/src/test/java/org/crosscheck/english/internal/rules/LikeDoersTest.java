package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeDoersTest {

  @Test
  void oneWhoDoesTheSameIsNoTargetOfTheHolder() {
    assertThat(Readings.claims("like-doer-as-did")).containsExactly("African Union OPPOSE -");
    assertThat(Readings.claims("like-doer-as-x-did")).containsExactly("Germany OPPOSE -");
    // "as did Nigeria, whose …": the parser makes Nigeria the subject of "did", which follows "as".
    Readings.Reading r = Readings.of("like-doer-as-did-whose");
    assertThat(LikeDoers.alike(r.graph(), r.graph().mentionOf(r.node("Nigeria")))).isTrue();
  }

  @Test
  void theHoldersOwnTargetStays() {
    assertThat(Readings.claims("like-doer-target-kept")).containsExactly("Germany OPPOSE France");
  }

  @Test
  void theSubjectOfAClauseOtherThanAComparisonIsNoLikeDoer() {
    // "after France withdrew": France does something else, and may be whom the condemnation is about.
    Readings.Reading r = Readings.of("like-doer-other-clause");
    assertThat(LikeDoers.alike(r.graph(), r.graph().mentionOf(r.node("France")))).isFalse();
  }
}
