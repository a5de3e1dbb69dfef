package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class SayingMarksTest {

  private static boolean repair(SemanticGraph g) {
    return SayingMarks.repair(g, Readings.LEX);
  }

  @Test
  void aParticipleOfSayingReadAsAMarkerReportsTheClauseItMarked() {
    SemanticGraph g = after("[refused/VBD-3 nsubj>rebels/NNS-2 xcomp>talk/VB-5 ccomp>[trust/VB-11 mark>saying/VBG-7"
        + " nsubj>they/PRP-8 advmod>not/RB-10 obj>Abiy/NNP-12]]", SayingMarksTest::repair, true);
    assertThat(rel(g, "refused", "saying")).isEqualTo("advcl");
    assertThat(rel(g, "saying", "trust")).isEqualTo("ccomp");
    assertThat(rel(g, "refused", "trust")).isEqualTo("none");
    assertThat(rel(g, "trust", "saying")).isEqualTo("none");
  }

  @Test
  void aMarkerThatIsNoVerbOfSayingIsLeftAlone() {
    after("[refused/VBD-3 nsubj>rebels/NNS-2 ccomp>[trust/VB-11 mark>fearing/VBG-7 nsubj>they/PRP-8]]",
        SayingMarksTest::repair, false);
  }

  @Test
  void aMarkedClauseOfTheMainVerbItselfIsLeftAlone() {
    after("[trust/VB-5 mark>saying/VBG-1 nsubj>they/PRP-2 obj>Abiy/NNP-6]", SayingMarksTest::repair, false);
  }
}
