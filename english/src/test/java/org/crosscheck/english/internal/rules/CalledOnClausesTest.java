package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class CalledOnClausesTest {

  @Test
  void onMarkingAnInfinitiveAfterCallIsTheParticleOfCallOn() {
    // "It had called on Mali to engage in dialogue."
    SemanticGraph g = after("[called/VBN-3 nsubj>It/PRP-1 aux>had/VBD-2 advcl:to>[engage/VB-7 mark>on/IN-4"
        + " nsubj>Mali/NNP-5 mark>to/TO-6 obl:in>dialogue/NN-9]]", CalledOnClauses::repair, true);
    assertThat(rel(g, "called", "on")).isEqualTo("compound:prt");
    assertThat(rel(g, "called", "Mali")).isEqualTo("obj");
    assertThat(rel(g, "called", "engage")).isEqualTo("xcomp");
    assertThat(rel(g, "engage", "Mali")).isEqualTo("nsubj:xsubj");
  }

  @Test
  void anOnThatDoesNotFollowTheVerbIsLeftAlone() {
    // "It called for calm, on Mali to engage": the "on" is not the verb's particle.
    after("[called/VBD-2 nsubj>It/PRP-1 obl:for>calm/NN-4 advcl:to>[engage/VB-9 mark>on/IN-6 nsubj>Mali/NNP-7"
        + " mark>to/TO-8]]", CalledOnClauses::repair, false);
  }

  @Test
  void anotherVerbBeforeOnIsLeftAlone() {
    after("[relied/VBD-2 nsubj>It/PRP-1 advcl:to>[engage/VB-6 mark>on/IN-3 nsubj>Mali/NNP-4 mark>to/TO-5]]",
        CalledOnClauses::repair, false);
  }
}
