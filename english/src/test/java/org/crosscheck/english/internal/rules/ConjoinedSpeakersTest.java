package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ConjoinedSpeakersTest {

  /** "Turkey voiced support for Islamabad and Indian officials {said}", as the parser misreads it. */
  private static String misread(String said) {
    return "[voiced/VBD-18 nsubj>Turkey/NNP-17 obj>[support/NN-19 nmod:for>[Islamabad/NNP-21"
        + " conj:and>[officials/NNS-24 cc>and/CC-22 amod>Indian/JJ-23]] nmod:for>officials/NNS-24]"
        + " dep>[" + said + " ccomp>[used/VBN-28 nsubj>Pakistan/NNP-26]]]";
  }

  private static boolean repair(SemanticGraph g) {
    return ConjoinedSpeakers.repair(g, Readings.LEX);
  }

  @Test
  void theNounBeforeASubjectlessVerbOfSayingIsItsSubject() {
    SemanticGraph g = after(misread("said/VBD-25"), ConjoinedSpeakersTest::repair, true);
    assertThat(rel(g, "said", "officials")).isEqualTo("nsubj");
    assertThat(rel(g, "Islamabad", "officials")).isEqualTo("none");
    assertThat(rel(g, "support", "officials")).isEqualTo("none");
    assertThat(rel(g, "said", "and")).isEqualTo("cc");
  }

  @Test
  void aVerbThatIsNoVerbOfSayingIsLeftAlone() {
    SemanticGraph g = after(misread("feared/VBD-25"), ConjoinedSpeakersTest::repair, false);
    assertThat(rel(g, "Islamabad", "officials")).isEqualTo("conj:and");
  }

  @Test
  void aVerbOfSayingWithASubjectIsLeftAlone() {
    after("[voiced/VBD-18 obj>[support/NN-19 nmod:for>[Islamabad/NNP-21 conj:and>officials/NNS-24]]"
        + " dep>[said/VBD-25 nsubj>ministers/NNS-23]]", ConjoinedSpeakersTest::repair, false);
  }

  @Test
  void aNounNotJoinedToAnEarlierOneIsLeftAlone() {
    after("[voiced/VBD-18 obj>[support/NN-19 nmod:for>officials/NNS-24] dep>said/VBD-25]",
        ConjoinedSpeakersTest::repair, false);
  }

  @Test
  void aParticipleOfSayingIsNoFiniteVerb() {
    after(misread("saying/VBG-25"), ConjoinedSpeakersTest::repair, false);
  }
}
