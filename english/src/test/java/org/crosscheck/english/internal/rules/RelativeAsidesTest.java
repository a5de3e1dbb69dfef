package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class RelativeAsidesTest {

  private static final String ASIDE =
      "Chile/NNP ,/, which/WDT hosts/VBZ the/DT summit/NN ,/, condemned/VBN Peru/NNP ./.";

  @Test
  void aRelativeClauseBetweenTheFirstNameAndItsVerbIsAnAside() {
    assertThat(RelativeAsides.aside(Readings.tagged(ASIDE))).containsExactly(1, 6);
    assertThat(RelativeAsides.aside(Readings.tagged(
        "The/DT Chilean/JJ Senate/NNP ,/, whose/WP$ leader/NN resigned/VBD ,/, backed/VBD Peru/NNP ./.")))
        .containsExactly(3, 7);
  }

  @Test
  void noAsideWithoutARelativeWordANameOrAVerbAfterIt() {
    assertThat(RelativeAsides.aside(Readings.tagged(
        "Chile/NNP ,/, the/DT host/NN ,/, condemned/VBD Peru/NNP ./."))).isNull();
    assertThat(RelativeAsides.aside(Readings.tagged(
        "The/DT minister/NN ,/, who/WP resigned/VBD ,/, backed/VBD Peru/NNP ./."))).isNull();
    assertThat(RelativeAsides.aside(Readings.tagged(
        "Chile/NNP ,/, which/WDT hosts/VBZ the/DT summit/NN ,/, and/CC Peru/NNP ./."))).isNull();
    assertThat(RelativeAsides.aside(Readings.tagged(
        "Chile/NNP left/VBD ,/, which/WDT surprised/VBD many/JJ ,/, said/VBD Peru/NNP"))).isNull();
  }

  @Test
  void aParseWhoseFirstNameIsTheSubjectOfTheVerbAfterTheAsideIsKept() {
    SemanticGraph well = SemanticGraph.valueOf("[condemned/VBD-8 nsubj>[Chile/NNP-1 acl:relcl>[hosts/VBZ-4 "
        + "nsubj>which/WDT-3 obj>summit/NN-6]] obj>Peru/NNP-9]");
    SemanticGraph ill = SemanticGraph.valueOf("[hosts/VBZ-4 nsubj>Chile/NNP-1 dep>which/WDT-3 "
        + "obj>[summit/NN-6 appos>[Peru/NNP-9 amod>condemned/VBN-8]]]");
    int[] aside = RelativeAsides.aside(Readings.tagged(ASIDE));
    assertThat(RelativeAsides.parsedWell(well, aside)).isTrue();
    assertThat(RelativeAsides.parsedWell(ill, aside)).isFalse();
  }
}
