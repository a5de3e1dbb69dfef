package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.IndexedWord;
import org.junit.jupiter.api.Test;

class ClausesTest {

  @Test
  void chainClimbsThroughComplementsOfNonSpeechVerbs() {
    Readings.Reading r = Readings.of("no-plan");
    assertThat(Clauses.governors(r.graph(), r.node("arm"), null)).extracting(IndexedWord::word)
        .containsExactly("arm", "plan", "has");
  }

  @Test
  void chainClimbsThroughControlVerbs() {
    Readings.Reading r = Readings.of("refused");
    assertThat(Clauses.governors(r.graph(), r.node("support"), null)).extracting(IndexedWord::word)
        .containsExactly("support", "refused");
  }

  @Test
  void chainStopsAtAReportedClauseWithoutAFrame() {
    Readings.Reading r = Readings.of("said-that");
    assertThat(Clauses.governors(r.graph(), r.node("back"), null)).extracting(IndexedWord::word)
        .containsExactly("back");
  }

  @Test
  void aVerbWithItsOwnSubjectMisparsedAsAClausalSubjectEndsTheChain() {
    Readings.Reading r = Readings.of("condemned-csubj-misparse");
    assertThat(Clauses.governors(r.graph(), r.node("condemned"), null)).extracting(IndexedWord::word)
        .containsExactly("condemned");
    assertThat(Readings.claims("condemned-csubj-misparse"))
        .containsExactlyInAnyOrder("U.S. embassy OPPOSE -", "Washington SUPPORT Nigeria");
  }

  @Test
  void aClauseWithItsOwnSubjectHungLooselyOnANounIsARelativeClause() {
    Readings.Reading r = Readings.of("whose-officials-dep");
    assertThat(Clauses.governors(r.graph(), r.node("praised"), null)).extracting(IndexedWord::word)
        .containsExactly("praised");
    assertThat(Readings.drafts("whose-officials-dep")).filteredOn(d -> d.cue().contains("praised")).singleElement()
        .satisfies(d -> assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT));
  }

  @Test
  void anAdverbialClauseWithItsOwnSubjectEndsTheChain() {
    Readings.Reading r = Readings.of("until-negation");
    assertThat(Clauses.subordinate(r.graph(), r.node("supports"), "advcl:until")).isTrue();
    assertThat(Clauses.governors(r.graph(), r.node("supports"), null)).extracting(w -> w.word())
        .containsExactly("supports");
    assertThat(Readings.drafts("until-negation")).filteredOn(d -> d.cue().equals("supports")).singleElement()
        .satisfies(d -> {
          assertThat(d.stance()).isEqualTo(org.crosscheck.Stance.SUPPORT);
          assertThat(d.modality()).isEqualTo(org.crosscheck.Modality.CONDITIONAL);
        });
  }
}
