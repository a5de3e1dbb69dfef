package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class NamedObjectsTest {

  private static boolean repair(SemanticGraph g) {
    return NamedObjects.repair(g, Readings.LEX);
  }

  @Test
  void whatAStanceVerbsHolderCallsAThingIsThatVerbsObject() {
    // "Japan condemned what it called Russia's provocations."
    SemanticGraph g = after("[condemned/VBD-2 nsubj>Japan/NNP-1 ccomp>[called/VBD-5 obj>what/WP-3 nsubj>it/PRP-4"
        + " obj>[provocations/NNS-8 nmod:poss>Russia/NNP-6]]]", NamedObjectsTest::repair, true);
    assertThat(rel(g, "condemned", "provocations")).isEqualTo("obj");
    assertThat(rel(g, "provocations", "called")).isEqualTo("acl:relcl");
    assertThat(rel(g, "condemned", "called")).isEqualTo("none");
  }

  @Test
  void whatItDescribesAsAThingIsTheObjectToo() {
    // "Turkey denounced what it described as Israel's aggression."
    SemanticGraph g = after("[denounced/VBD-2 nsubj>Turkey/NNP-1 ccomp>[described/VBD-5 obj>what/WP-3"
        + " nsubj>it/PRP-4 obl:as>[aggression/NN-9 case>as/IN-6 nmod:poss>Israel/NNP-7]]]", NamedObjectsTest::repair,
        true);
    assertThat(rel(g, "denounced", "aggression")).isEqualTo("obj");
  }

  @Test
  void aVerbOfSayingKeepsItsReport() {
    // "The minister said what he called Russia's provocations had to stop."
    after("[said/VBD-3 nsubj>minister/NN-2 ccomp>[called/VBD-6 obj>what/WP-4 nsubj>he/PRP-5"
        + " obj>[provocations/NNS-9 nmod:poss>Russia/NNP-7]]]", NamedObjectsTest::repair, false);
  }

  @Test
  void aNamingVerbWithNoWhatIsLeftAlone() {
    // "Japan condemned that it called the envoy": no free relative.
    after("[condemned/VBD-2 nsubj>Japan/NNP-1 ccomp>[called/VBD-5 nsubj>it/PRP-4 obj>envoy/NN-7]]",
        NamedObjectsTest::repair, false);
  }
}
