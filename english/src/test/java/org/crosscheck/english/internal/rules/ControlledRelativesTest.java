package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ControlledRelativesTest {

  /** "… the FDLR, which the army continues to arm", as the enhanced graph reads it. */
  private static SemanticGraph objectRelative(String verb) {
    return relative(verb + "/VBZ-14 nsubj>army/NN-13 obj>FDLR/NNP-8 xcomp>[arm/VB-16 nsubj:xsubj>FDLR/NNP-8]");
  }

  /** The relative clause {@code clause} on "the FDLR, which …". */
  private static SemanticGraph relative(String clause) {
    return SemanticGraph.valueOf("[posed/VBN-5 obl:agent>[FDLR/NNP-8 ref>which/WDT-10 acl:relcl>[" + clause + "]]]");
  }

  @Test
  void theRelativePronounOfAControlVerbIsTheInfinitivesObject() {
    SemanticGraph g = objectRelative("continues");
    assertThat(ControlledRelatives.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "arm", "FDLR")).isEqualTo("obj");
    assertThat(rel(g, "arm", "army")).isEqualTo("nsubj:xsubj");
    assertThat(rel(g, "continues", "FDLR")).isEqualTo("none");
  }

  @Test
  void aVerbOfObjectControlKeepsItsReading() {
    SemanticGraph g = objectRelative("urges");
    assertThat(ControlledRelatives.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "arm", "FDLR")).isEqualTo("nsubj:xsubj");
  }

  @Test
  void anInfinitiveWithAnObjectOfItsOwnKeepsItsSubject() {
    SemanticGraph g = relative("continues/VBZ-14 nsubj>army/NN-13 obj>FDLR/NNP-8"
        + " xcomp>[arm/VB-16 nsubj:xsubj>FDLR/NNP-8 obj>militias/NNS-17]");
    assertThat(ControlledRelatives.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aSubjectRelativeKeepsItsSubject() {
    SemanticGraph g = relative("continues/VBZ-14 nsubj>FDLR/NNP-8 xcomp>[fight/VB-16 nsubj:xsubj>FDLR/NNP-8]");
    assertThat(ControlledRelatives.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "fight", "FDLR")).isEqualTo("nsubj:xsubj");
  }
}
