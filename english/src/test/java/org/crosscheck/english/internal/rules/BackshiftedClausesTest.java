package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class BackshiftedClausesTest {

  // "Britain found that Wagner had committed abuses, and has sanctioned Mali, accusing it", as the parser reads it.
  private static final String FOUND = "[found/VBD-2 nsubj>Britain/NNP-1"
      + " ccomp>[committed/VBN-6 mark>that/IN-3 nsubj>Wagner/NNP-4 aux>had/VBD-5 obj>abuses/NNS-7"
      + " conj:and>[sanctioned/VBN-11 cc>and/CC-9 aux>has/VBZ-10 nsubj>Wagner/NNP-4 obj>Mali/NNP-12]"
      + " conj:and>[accusing/VBG-14 nsubj>Wagner/NNP-4 obj>it/PRP-15]]]";

  @Test
  void aVerbInATenseTheReportCannotTakeIsTheReportersOwnNextAct() {
    SemanticGraph g = GraphEdges.after(FOUND, BackshiftedClauses::repair, true);
    assertThat(rel(g, "found", "sanctioned")).isEqualTo("conj:and");
    assertThat(rel(g, "committed", "sanctioned")).isEqualTo("none");
    assertThat(rel(g, "sanctioned", "Britain")).isEqualTo("nsubj");
    assertThat(rel(g, "sanctioned", "Wagner")).isEqualTo("none");
    assertThat(rel(g, "found", "accusing")).isEqualTo("conj:and");
    assertThat(rel(g, "accusing", "Britain")).isEqualTo("nsubj");
    assertThat(rel(g, "committed", "Wagner")).isEqualTo("nsubj");
  }

  @Test
  void aVerbJoinedInThePluperfectStaysInTheReport() {
    SemanticGraph g = GraphEdges.after(FOUND.replace("aux>has/VBZ-10", "aux>had/VBD-10"), BackshiftedClauses::repair,
        false);
    assertThat(rel(g, "committed", "sanctioned")).isEqualTo("conj:and");
  }

  @Test
  void aReportInThePresentIsLeftAlone() {
    SemanticGraph g = GraphEdges.after(FOUND.replace("found/VBD-2", "finds/VBZ-2"), BackshiftedClauses::repair, false);
    assertThat(rel(g, "committed", "sanctioned")).isEqualTo("conj:and");
  }

  @Test
  void aReportedVerbNotInThePluperfectIsLeftAlone() {
    SemanticGraph g = GraphEdges.after(FOUND.replace(" aux>had/VBD-5", ""), BackshiftedClauses::repair, false);
    assertThat(rel(g, "committed", "sanctioned")).isEqualTo("conj:and");
  }

  @Test
  void theReportsOwnConjunctsBeforeTheReportersActStayInIt() {
    // "… that Wagner had committed abuses, had killed civilians, and has sanctioned Mali and will punish it".
    SemanticGraph g = GraphEdges.after("[found/VBD-2 nsubj>Britain/NNP-1"
        + " ccomp>[committed/VBN-6 nsubj>Wagner/NNP-4 aux>had/VBD-5 obj>abuses/NNS-7"
        + " conj:and>[killed/VBN-10 aux>had/VBD-9 nsubj>Wagner/NNP-4 obj>civilians/NNS-11]"
        + " conj:and>[sanctioned/VBN-15 aux>has/VBZ-14 nsubj>Wagner/NNP-4 obj>Mali/NNP-16]"
        + " conj:and>[punish/VB-19 aux>will/MD-18 nsubj>Wagner/NNP-4 obj>it/PRP-20]]"
        + " ccomp>sanctioned/VBN-15]", BackshiftedClauses::repair, true);
    assertThat(rel(g, "committed", "killed")).isEqualTo("conj:and");
    assertThat(rel(g, "killed", "Wagner")).isEqualTo("nsubj");
    assertThat(rel(g, "found", "punish")).isEqualTo("conj:and");
    assertThat(g.getAllEdges(GraphEdges.node(g, "found"), GraphEdges.node(g, "sanctioned")))
        .singleElement().satisfies(e -> assertThat(e.getRelation().toString()).isEqualTo("conj:and"));
  }

  @Test
  void theReportersActReadsAsItsClaim() {
    assertThat(Readings.claims("backshift-conj")).contains("Britain OPPOSE Malian junta");
  }
}
