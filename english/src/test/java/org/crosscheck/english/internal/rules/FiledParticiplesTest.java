package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class FiledParticiplesTest {

  // "Ukraine filed a complaint with the United Nations accusing Russia", as the parser reads it.
  private static final String SUBJECT = "[filed/VBD-2 nsubj>Ukraine/NNP-1 obj>[complaint/NN-4 det>a/DT-3"
      + " acl:with>[accusing/VBG-9 mark>with/IN-5 nsubj>[Nations/NNPS-8 det>the/DT-6 compound>United/NNP-7]"
      + " obj>Russia/NNP-10]]]";

  // "Iran lodged a protest with the Swiss embassy accusing Washington", as the parser reads it.
  private static final String DESCRIBED = "[lodged/VBD-2 nsubj>Iran/NNP-1 obj>[protest/NN-4 det>a/DT-3"
      + " nmod:with>[embassy/NN-8 case>with/IN-5 det>the/DT-6 amod>Swiss/JJ-7"
      + " acl>[accusing/VBG-9 obj>Washington/NNP-10]]]]";

  @Test
  void theForumReadAsTheSubjectOfAParticipleAfterAFilingIsTheFilingsAgain() {
    SemanticGraph g = repaired(SUBJECT);
    assertThat(rel(g, "accusing", "Nations")).isEqualTo("none");
    assertThat(rel(g, "complaint", "Nations")).isEqualTo("nmod:with");
    assertThat(rel(g, "Nations", "with")).isEqualTo("case");
    assertThat(rel(g, "filed", "accusing")).isEqualTo("advcl");
  }

  @Test
  void aParticipleHungOnTheForumIsTheFilersAdverbial() {
    SemanticGraph g = repaired(DESCRIBED);
    assertThat(rel(g, "embassy", "accusing")).isEqualTo("none");
    assertThat(rel(g, "lodged", "accusing")).isEqualTo("advcl");
  }

  @Test
  void withoutAFilingTheSubjectOfAnAbsoluteParticipleStays() {
    SemanticGraph g = SemanticGraph.valueOf(SUBJECT.replace("complaint/NN-4", "visit/NN-4"));
    assertThat(FiledParticiples.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "accusing", "Nations")).isEqualTo("nsubj");
  }

  @Test
  void aSubjectAfterAnotherConjunctionIsNoForum() {
    // "filed a complaint after the United Nations …": the clause has a doer of its own.
    SemanticGraph g = SemanticGraph.valueOf(SUBJECT.replace("mark>with/IN-5", "mark>after/IN-5"));
    assertThat(FiledParticiples.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void theFilerAccusesInAWholeReading() {
    assertThat(Readings.claims("filed-complaint-with-un")).containsExactly("Ukraine OPPOSE Russia");
    assertThat(Readings.claims("filed-case-before-court")).containsExactly("Nicaragua OPPOSE Germany");
  }

  /** The graph of {@code graph} after the repair, which must change it. */
  private static SemanticGraph repaired(String graph) {
    return GraphEdges.after(graph, g -> FiledParticiples.repair(g, Readings.LEX), true);
  }
}
