package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class OwnedObjectsTest {

  // "Kenya accused the government of Mali of backing the rebels", as the parser reads it.
  private static final String ACCUSED = "[accused/VBD-2 nsubj>Kenya/NNP-1 obj>[government/NN-4 det>the/DT-3]"
      + " obl:of>[Mali/NNP-6 case>of/IN-5] advcl:of>[backing/VBG-8 mark>of/IN-7 obj>rebels/NNS-10]]";

  @Test
  void aNamedPlaceInAnOfPhraseRightAfterTheObjectIsTheObjectsOwner() {
    SemanticGraph g = tagged(ACCUSED, "Mali", "LOCATION");
    assertThat(OwnedObjects.repair(g)).isTrue();
    assertThat(rel(g, "government", "Mali")).isEqualTo("nmod:of");
    assertThat(rel(g, "accused", "Mali")).isEqualTo("none");
    assertThat(rel(g, "accused", "backing")).isEqualTo("advcl:of");
  }

  @Test
  void anOfPhraseTheTaggerKnowsNoNameInStaysTheVerbs() {
    SemanticGraph g = tagged(ACCUSED, "Mali", "O");
    assertThat(OwnedObjects.repair(g)).isFalse();
    assertThat(rel(g, "accused", "Mali")).isEqualTo("obl:of");
  }

  @Test
  void aProperNameObjectKeepsTheVerbsOfPhrase() {
    // "accused Kenya of Mali's ruin"-like: the object is a name, so the "of" phrase is not its owner.
    assertThat(OwnedObjects.repair(tagged("[accused/VBD-2 nsubj>Chad/NNP-1 obj>Sudan/NNP-3"
        + " obl:of>[Darfur/NNP-5 case>of/IN-4]]", "Darfur", "LOCATION"))).isFalse();
  }

  @Test
  void anOfPhraseApartFromTheObjectStaysTheVerbs() {
    assertThat(OwnedObjects.repair(tagged("[accused/VBD-2 nsubj>Kenya/NNP-1 obj>[government/NN-4 det>the/DT-3]"
        + " obl:on>[Monday/NNP-6 case>on/IN-5] obl:of>[Mali/NNP-8 case>of/IN-7]]", "Mali", "LOCATION"))).isFalse();
  }

  @Test
  void theAccusedGovernmentOfAStateIsThatStatesInAWholeReading() {
    assertThat(Readings.claims("accused-government-of-state")).containsExactly("Kenya OPPOSE government of Mali");
  }

  /** The graph of {@code graph}, its word {@code word} tagged {@code ner} as the named-entity tagger would. */
  private static SemanticGraph tagged(String graph, String word, String ner) {
    SemanticGraph g = SemanticGraph.valueOf(graph);
    g.getNodeByWordPattern(word).setNER(ner);
    return g;
  }
}
