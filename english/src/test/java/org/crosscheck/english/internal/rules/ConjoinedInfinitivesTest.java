package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ConjoinedInfinitivesTest {

  @Test
  void aSecondInfinitiveJoinedToTheGoverningVerbJoinsTheFirstInfinitive() {
    SemanticGraph g = after("[urged/VBD-2 nsubj>Vietnam/NNP-1 obj>Indonesia/NNP-3"
        + " xcomp>[treat/VB-5 mark>to/TO-4 nsubj:xsubj>Indonesia/NNP-3]"
        + " conj:and>[release/VB-8 mark>to/TO-7 cc>and/CC-6 obj>them/PRP-9]]", ConjoinedInfinitives::repair, true);
    assertThat(rel(g, "treat", "release")).isEqualTo("conj:and");
    assertThat(rel(g, "urged", "release")).isEqualTo("none");
    assertThat(rel(g, "release", "Indonesia")).isEqualTo("nsubj:xsubj");
  }

  @Test
  void aJoinedVerbWithoutToIsLeftAlone() {
    after("[urged/VBD-2 nsubj>Vietnam/NNP-1 obj>Indonesia/NNP-3 xcomp>[treat/VB-5 mark>to/TO-4]"
        + " conj:and>[release/VB-7 cc>and/CC-6]]", ConjoinedInfinitives::repair, false);
  }

  @Test
  void aJoinedVerbWithASubjectOfItsOwnIsLeftAlone() {
    after("[urged/VBD-2 nsubj>Vietnam/NNP-1 obj>Indonesia/NNP-3 xcomp>[treat/VB-5 mark>to/TO-4]"
        + " conj:and>[release/VB-9 cc>and/CC-6 nsubj>Laos/NNP-7 mark>to/TO-8]]", ConjoinedInfinitives::repair, false);
  }

  @Test
  void aVerbWithNoInfinitiveBeforeTheJoinedOneIsLeftAlone() {
    after("[agreed/VBD-2 nsubj>Vietnam/NNP-1 conj:and>[release/VB-5 cc>and/CC-3 mark>to/TO-4]]",
        ConjoinedInfinitives::repair, false);
  }
}
