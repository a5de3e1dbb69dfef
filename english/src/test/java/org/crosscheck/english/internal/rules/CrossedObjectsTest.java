package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class CrossedObjectsTest {

  @Test
  void anObjectAfterTheSecondConjunctHungOnTheFirstIsTheSecondsToo() {
    // "Uganda said the talks had failed and accused Rwanda": the parser gave Rwanda to "failed".
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Uganda/NNP-1 ccomp>[failed/VBN-6 nsubj>talks/NNS-4"
        + " aux>had/VBD-5 conj:and>accused/VBN-8 obj>Rwanda/NNP-9]]");
    assertThat(CrossedObjects.repair(g)).isTrue();
    assertThat(rel(g, "accused", "Rwanda")).isEqualTo("obj");
    assertThat(rel(g, "failed", "Rwanda")).isEqualTo("obj");
  }

  @Test
  void aSecondConjunctWithAnObjectOfItsOwnKeepsOnlyIt() {
    SemanticGraph g = SemanticGraph.valueOf("[accused/VBD-2 nsubj>Chad/NNP-1 conj:and>[warned/VBD-4 obj>Libya/NNP-5]"
        + " obj>Sudan/NNP-6]");
    assertThat(CrossedObjects.repair(g)).isFalse();
    assertThat(rel(g, "warned", "Sudan")).isEqualTo("none");
  }

  @Test
  void anObjectBeforeTheSecondConjunctStaysTheFirsts() {
    // "Chad accused Sudan and withdrew": the object stands between the two verbs, nothing crosses.
    SemanticGraph g = SemanticGraph.valueOf("[accused/VBD-2 nsubj>Chad/NNP-1 obj>Sudan/NNP-3"
        + " conj:and>withdrew/VBD-5]");
    assertThat(CrossedObjects.repair(g)).isFalse();
    assertThat(rel(g, "withdrew", "Sudan")).isEqualTo("none");
  }

  @Test
  void aSecondConjunctWithAClauseOfItsOwnTakesNoObject() {
    SemanticGraph g = SemanticGraph.valueOf("[failed/VBD-2 nsubj>talks/NNS-1 conj:and>[warned/VBD-4"
        + " ccomp>left/VBD-6] obj>Sudan/NNP-7]");
    assertThat(CrossedObjects.repair(g)).isFalse();
  }
}
