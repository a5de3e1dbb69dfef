package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ConjunctObjectsTest {

  @Test
  void aConjunctOfALaterVerbsObjectIsThatVerbsObjectOnly() {
    // "Iran seized a tanker, drawing condemnation from Greece and a warning from the Navy."
    SemanticGraph g = after("[seized/VBD-2 nsubj>Iran/NNP-1 obj>tanker/NN-4 advcl>[drawing/VBG-6"
        + " obj>[condemnation/NN-7 nmod:from>Greece/NNP-9 conj:and>[warning/NN-12 nmod:from>Navy/NNP-15]]]"
        + " obj>warning/NN-12]", ConjunctObjects::repair, true);
    assertThat(rel(g, "seized", "warning")).isEqualTo("none");
    assertThat(rel(g, "drawing", "warning")).isEqualTo("obj");
  }

  @Test
  void objectsOfOneVerbConjoinedStayItsObjects() {
    // "Iran seized a tanker and a barge."
    after("[seized/VBD-2 nsubj>Iran/NNP-1 obj>[tanker/NN-4 conj:and>barge/NN-7] obj>barge/NN-7]",
        ConjunctObjects::repair, false);
  }

  @Test
  void aConjunctOfAnEarlierVerbsObjectIsLeftAlone() {
    // "Greece condemned the seizure, and the Navy seized a warning": no later verb between.
    after("[condemned/VBD-2 nsubj>Greece/NNP-1 obj>[seizure/NN-4 conj:and>warning/NN-12]"
        + " conj:and>[seized/VBD-9 obj>warning/NN-12]]", ConjunctObjects::repair, false);
  }
}
