package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.arabic.internal.rules.Fixture.holder;
import static org.crosscheck.arabic.internal.rules.Fixture.withCue;

import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ReducedRelativesTest {

  @Test
  void indefiniteSubjectDescribedByAClauseWithoutRelativePronounHoldsTheVerb() {
    ClaimDraft d = withCue(Fixture.of("مسلحون يركبون دراجات نارية هاجموا حاجزا للجيش.").read(
        "مسلحون/NNS يركبون/VBP دراجات/NNS نارية/JJ هاجموا/VBD حاجزا/NN ل/IN الجيش/DTNN ./PUNC"), "هاجموا");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void definiteSubjectBeforeARelativePronounHoldsTheVerb() {
    ClaimDraft d = withCue(Fixture.of("المسلحون الذين يرتدون أقنعة هاجموا حاجزا للجيش.").read(
        "المسلحون/DTNNS الذين/WP يرتدون/VBP اقنعة/NN هاجموا/VBD حاجزا/NN ل/IN الجيش/DTNN ./PUNC"), "هاجموا");
    assertThat(holder(d)).startsWith("adhoc:armed_group:");
  }

  @Test
  void nounPhraseAfterAPerfectVerbIsNoRelativeClause() {
    Reading r = Fixture.of("مسلحون قصفوا قرية هاجموا حاجزا.").reading(
        "مسلحون/NNS قصفوا/VBD قرية/NN هاجموا/VBD حاجزا/NN ./PUNC");
    CommonActors.add(r);
    assertThat(ReducedRelatives.subjectBefore(r, new Segment(0, r.size(), java.util.Optional.empty()), 2)).isNull();
  }
}
