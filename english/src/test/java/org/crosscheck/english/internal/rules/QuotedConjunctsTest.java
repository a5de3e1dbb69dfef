package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class QuotedConjunctsTest {

  private static boolean repair(SemanticGraph g) {
    return QuotedConjuncts.repair(g, Readings.LEX);
  }

  @Test
  void aPastVerbJoinedToAPresentQuoteAfterItClosesIsTheSpeakers() {
    // 'Erdogan said Israel "does not want peace", and called on Washington to …'
    SemanticGraph g = after("[said/VBD-2 nsubj>Erdogan/NNP-1 ccomp>[want/VB-7 nsubj>Israel/NNP-3 aux>does/VBZ-5"
        + " advmod>not/RB-6 obj>peace/NN-8 punct>''/''-9 conj:and>[called/VBN-12 obj>Washington/NNP-14]]]",
        QuotedConjunctsTest::repair, true);
    assertThat(rel(g, "said", "called")).isEqualTo("conj:and");
    assertThat(rel(g, "want", "called")).isEqualTo("none");
    assertThat(rel(g, "called", "Erdogan")).isEqualTo("nsubj");
  }

  @Test
  void aReportInThePastMayGoOnPastItsQuote() {
    // 'The minister said the rebels had "crossed a red line" and attacked civilians.'
    after("[said/VBD-3 nsubj>minister/NN-2 ccomp>[crossed/VBN-8 nsubj>rebels/NNS-5 aux>had/VBD-6"
        + " obj>line/NN-11 punct>''/''-12 conj:and>[attacked/VBD-14 obj>civilians/NNS-15]]]",
        QuotedConjunctsTest::repair, false);
  }

  @Test
  void aJoinedVerbBeforeTheQuoteClosesIsLeftAlone() {
    // 'Erdogan said Israel "does not want peace and attacked Gaza"'
    after("[said/VBD-2 nsubj>Erdogan/NNP-1 ccomp>[want/VB-7 nsubj>Israel/NNP-3 aux>does/VBZ-5"
        + " obj>peace/NN-8 conj:and>[attacked/VBD-10 obj>Gaza/NNP-11] punct>''/''-12]]",
        QuotedConjunctsTest::repair, false);
  }

  @Test
  void aJoinedVerbWithASubjectOfItsOwnIsLeftAlone() {
    after("[said/VBD-2 nsubj>Erdogan/NNP-1 ccomp>[want/VB-7 nsubj>Israel/NNP-3 aux>does/VBZ-5"
        + " obj>peace/NN-8 punct>''/''-9 conj:and>[called/VBD-12 nsubj>Turkey/NNP-11 obj>Washington/NNP-14]]]",
        QuotedConjunctsTest::repair, false);
  }
}
