package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class TitledNamesTest {

  private static boolean repair(SemanticGraph g) {
    return TitledNames.repair(g, Readings.LEX);
  }

  @Test
  void aNameHungLooselyOnTheOfficeBeforeItIsItsApposition() {
    SemanticGraph g = after("[accused/VBD-7 nsubj>[leader/NN-4 nmod:poss>party/NN-2 dep>[Retailleau/NNP-6"
        + " compound>Bruno/NNP-5]] obj>Lecornu/NNP-8]", TitledNamesTest::repair, true);
    assertThat(rel(g, "leader", "Retailleau")).isEqualTo("appos");
    assertThat(rel(g, "accused", "leader")).isEqualTo("nsubj");
  }

  @Test
  void aNameApartFromTheOfficeIsLeftAlone() {
    after("[accused/VBD-8 nsubj>[leader/NN-4 nmod:poss>party/NN-2 dep>[Retailleau/NNP-7"
        + " compound>Bruno/NNP-6]] obj>Lecornu/NNP-9]", TitledNamesTest::repair, false);
  }

  @Test
  void aNameAfterANounOfNoOfficeIsLeftAlone() {
    after("[accused/VBD-7 nsubj>[statement/NN-4 nmod:poss>party/NN-2 dep>[Retailleau/NNP-6"
        + " compound>Bruno/NNP-5]] obj>Lecornu/NNP-8]", TitledNamesTest::repair, false);
  }

  @Test
  void aNameAfterAPluralOfficeIsLeftAlone() {
    after("[accused/VBD-7 nsubj>[leaders/NNS-4 nmod:poss>party/NN-2 dep>[Retailleau/NNP-6"
        + " compound>Bruno/NNP-5]] obj>Lecornu/NNP-8]", TitledNamesTest::repair, false);
  }
}
