package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineClausesTest {

  private static List<HeadlineVerbs.Misread> misread(String tagged) {
    return HeadlineClauses.misread(Readings.tagged(tagged), Readings.LEX);
  }

  @Test
  void pluralSubjectsVerbAfterAJoiningWordIsAVerbNotACompound() {
    assertThat(misread("Chile/NNP signs/VBZ pact/NN as/IN Bolivian/JJ miners/NNS block/NN highways/NNS"))
        .containsExactly(new HeadlineVerbs.Misread(6, "block"));
  }

  @Test
  void namesVerbAtTheEndOfAClauseAfterACommaIsAVerbNotTheFirstClausesObject() {
    assertThat(misread("Peru/NNP closes/VBZ border/NN ,/, Quito/NNP protests/NNS"))
        .containsExactly(new HeadlineVerbs.Misread(5, "protest"));
  }

  @Test
  void aCompoundAfterAPrepositionIsLeftAlone() {
    assertThat(misread("Chile/NNP hosts/VBZ summit/NN on/IN Andes/NNP protests/NNS")).isEmpty();
  }

  @Test
  void aNounPhraseAfterAJoiningWordWithNoEndingCommaIsLeftAlone() {
    assertThat(misread("Chile/NNP recalls/VBZ envoy/NN after/IN Lima/NNP protests/NNS")).isEmpty();
  }

  @Test
  void aClauseWithAVerbOfItsOwnIsLeftAlone() {
    assertThat(misread("Chile/NNP signs/VBZ pact/NN as/IN miners/NNS block/VBP highways/NNS")).isEmpty();
  }

  @Test
  void aVerbThatDisagreesWithItsSubjectIsLeftAlone() {
    assertThat(misread("Chile/NNP signs/VBZ pact/NN as/IN miners/NNS blocks/NNS grow/NN")).isEmpty();
  }
}
