package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class DoubledSubjectsTest {

  private static boolean repair(SemanticGraph g) {
    return DoubledSubjects.repair(g, Readings.LEX);
  }

  @Test
  void aNameRightAfterANounOfOrganisationsIsItsAppositionNotASecondSubject() {
    SemanticGraph g = after("[condemned/VBD-6 nsubj>[party/NN-3 compound>opposition/NN-2]"
        + " nsubj>[Renewal/NNP-5 amod>Patriotic/JJ-4] obj>government/NN-9]", DoubledSubjectsTest::repair, true);
    assertThat(rel(g, "party", "Renewal")).isEqualTo("appos");
    assertThat(rel(g, "condemned", "Renewal")).isEqualTo("none");
    assertThat(rel(g, "condemned", "party")).isEqualTo("nsubj");
  }

  @Test
  void aNameApartFromTheNounIsLeftAlone() {
    after("[condemned/VBD-6 nsubj>[party/NN-2 conj:and>Renewal/NNP-5] nsubj>[Renewal/NNP-5 amod>Patriotic/JJ-4]]",
        DoubledSubjectsTest::repair, false);
  }

  @Test
  void aNounOfPeopleBeforeANameIsLeftAlone() {
    after("[condemned/VBD-4 nsubj>candidate/NN-2 nsubj>Kostas/NNP-3]", DoubledSubjectsTest::repair, false);
  }

  @Test
  void twoNamesAreLeftAlone() {
    after("[condemned/VBD-4 nsubj>Party/NNP-2 nsubj>Renewal/NNP-3]", DoubledSubjectsTest::repair, false);
  }

  @Test
  void aNounAndACommonNounAreLeftAlone() {
    after("[condemned/VBD-4 nsubj>party/NN-2 nsubj>members/NNS-3]", DoubledSubjectsTest::repair, false);
  }
}
