package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ReportedConjunctsTest {

  private static boolean repair(SemanticGraph g) {
    return ReportedConjuncts.repair(g, Readings.LEX);
  }

  @Test
  void aVerbJoinedToSaidInTheReportedVerbsFormContinuesTheReport() {
    // "The agency said the strikes killed four people and wounded 11."
    SemanticGraph g = after("[said/VBD-3 nsubj>agency/NN-2 ccomp>[killed/VBD-6 nsubj>strikes/NNS-5"
        + " obj>people/NNS-8] conj:and>[wounded/VBD-10 obj>11/CD-11]]", ReportedConjunctsTest::repair, true);
    assertThat(rel(g, "killed", "wounded")).isEqualTo("conj:and");
    assertThat(rel(g, "said", "wounded")).isEqualTo("none");
    assertThat(rel(g, "wounded", "strikes")).isEqualTo("nsubj");
  }

  @Test
  void aJoinedVerbWithItsOwnSubjectIsLeftAlone() {
    after("[said/VBD-3 nsubj>agency/NN-2 ccomp>[killed/VBD-6 nsubj>strikes/NNS-5] conj:and>[denied/VBD-10"
        + " nsubj>army/NN-9]]", ReportedConjunctsTest::repair, false);
  }

  @Test
  void aJoinedVerbAfterAReportInThePerfectIsTheSpeakers() {
    // "The US determined that the group had committed crimes and imposed sanctions on Y."
    after("[determined/VBD-3 nsubj>US/NNP-2 ccomp>[committed/VBN-8 nsubj>group/NN-6 aux>had/VBD-7"
        + " obj>crimes/NNS-9] conj:and>[imposed/VBD-11 obj>sanctions/NNS-12]]", ReportedConjunctsTest::repair, false);
  }

  @Test
  void aVerbJoinedToAVerbOfNoSayingIsLeftAlone() {
    after("[attacked/VBD-3 nsubj>rebels/NNS-2 ccomp>[killed/VBD-6 nsubj>strikes/NNS-5] conj:and>[wounded/VBD-10"
        + " obj>11/CD-11]]", ReportedConjunctsTest::repair, false);
  }

  @Test
  void aJoinedVerbInAnotherTenseIsTheSpeakers() {
    // "The army said the rebels killed four people and attacks their villages daily."
    after("[said/VBD-3 nsubj>army/NN-2 ccomp>[killed/VBD-6 nsubj>rebels/NNS-5] conj:and>[attacks/VBZ-10"
        + " obj>villages/NNS-12]]", ReportedConjunctsTest::repair, false);
  }

  @Test
  void aJoinedVerbOfSpeechIsTheSpeakers() {
    // "The spokesman said the party welcomed the advice and accused Mondlane of inciting violence."
    after("[said/VBD-3 nsubj>spokesman/NN-2 ccomp>[welcomed/VBD-6 nsubj>party/NN-5 obj>advice/NN-8]"
        + " conj:and>[accused/VBD-10 obj>Mondlane/NNP-11]]", ReportedConjunctsTest::repair, false);
  }
}
