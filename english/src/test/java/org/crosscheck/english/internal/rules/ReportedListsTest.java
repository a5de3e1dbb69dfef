package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ReportedListsTest {

  /** "Amnesty said fighters had killed civilians, …" followed by {@code rest}, the verbs hung on "said". */
  private static SemanticGraph amnestySaid(String rest) {
    return SemanticGraph.valueOf("[said/VBD-2 nsubj>Amnesty/NNP-1"
        + " ccomp>[killed/VBN-5 nsubj>fighters/NNS-3 aux>had/VBD-4 obj>civilians/NNS-6] punct>,/,-7 " + rest + "]");
  }

  /** "Amnesty said fighters had killed civilians, burned villages and then raped women". */
  private static SemanticGraph series() {
    return amnestySaid("conj:and>[burned/VBD-8 nsubj>Amnesty/NNP-1 obj>villages/NNS-9]"
        + " conj:and>[raped/VBD-12 nsubj>Amnesty/NNP-1 cc>and/CC-10 advmod>then/RB-11 obj>women/NNS-13]");
  }

  @Test
  void aSeriesOfVerbsAfterTheReportedOneIsTheReportsNotTheSpeakers() {
    SemanticGraph g = series();
    assertThat(ReportedLists.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "killed", "burned")).isEqualTo("conj:and");
    assertThat(rel(g, "killed", "raped")).isEqualTo("conj:and");
    assertThat(rel(g, "said", "raped")).isEqualTo("none");
    assertThat(rel(g, "raped", "fighters")).isEqualTo("nsubj");
    assertThat(rel(g, "raped", "Amnesty")).isEqualTo("none");
  }

  @Test
  void oneActAfterWhatIsSaidStaysTheSpeakers() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Kenya/NNP-1"
        + " ccomp>[failed/VBN-6 nsubj>talks/NNS-4 aux>had/VBD-5] cc>and/CC-7"
        + " conj:and>[recalled/VBD-8 nsubj>Kenya/NNP-1 obj>envoy/NN-9]]");
    assertThat(ReportedLists.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "recalled", "Kenya")).isEqualTo("nsubj");
  }

  @Test
  void aVerbOfSayingInTheSeriesStaysTheSpeakers() {
    SemanticGraph g = amnestySaid("conj:and>[burned/VBD-8 nsubj>Amnesty/NNP-1 obj>villages/NNS-9]"
        + " conj:and>[urged/VBD-11 nsubj>Amnesty/NNP-1 cc>and/CC-10 obj>inquiry/NN-12]");
    assertThat(ReportedLists.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "killed", "burned")).isEqualTo("conj:and");
    assertThat(rel(g, "urged", "Amnesty")).isEqualTo("nsubj");
  }

  @Test
  void aVerbWithASubjectOfItsOwnOrAfterAWordOfItsOwnStays() {
    SemanticGraph own = amnestySaid("conj:and>[burned/VBD-9 nsubj>police/NNS-8 obj>villages/NNS-10]"
        + " conj:and>[raped/VBD-12 nsubj>Amnesty/NNP-1 cc>and/CC-11 obj>women/NNS-13]");
    ReportedLists.repair(own, Readings.LEX);
    assertThat(rel(own, "burned", "police")).isEqualTo("nsubj");
    assertThat(rel(own, "said", "burned")).isEqualTo("conj:and");
    SemanticGraph apart = SemanticGraph.valueOf("[said/VBD-2 nsubj>Amnesty/NNP-1"
        + " ccomp>[killed/VBN-5 nsubj>fighters/NNS-3 aux>had/VBD-4 obj>civilians/NNS-6]"
        + " obl>Monday/NNP-7 conj:and>[urged/VBD-8 nsubj>Amnesty/NNP-1 obj>police/NNS-9]"
        + " conj:and>[asked/VBD-11 nsubj>Amnesty/NNP-1 cc>and/CC-10 obj>UN/NNP-12]]");
    assertThat(ReportedLists.repair(apart, Readings.LEX)).isFalse();
  }
}
