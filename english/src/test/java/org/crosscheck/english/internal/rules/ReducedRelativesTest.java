package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ReducedRelativesTest {

  @Test
  void theParticipleDescribesTheNounAndTheBareVerbIsTheSentences() {
    SemanticGraph g = after("[backed/VBN-2 nsubj>Rebels/NNS-1 obl:by>[Rwanda/NNP-4 case>by/IN-3]"
        + " dep>[attacked/VBD-5 obj>town/NN-7]]", ReducedRelatives::repair, true);
    assertThat(g.getFirstRoot().word()).isEqualTo("attacked");
    assertThat(rel(g, "attacked", "Rebels")).isEqualTo("nsubj");
    assertThat(rel(g, "Rebels", "backed")).isEqualTo("acl");
    assertThat(rel(g, "backed", "Rwanda")).isEqualTo("obl:by");
    assertThat(rel(g, "backed", "attacked")).isEqualTo("none");
  }

  @Test
  void theVerbTakesTheParticiplesPlaceAndTheWordsAfterIt() {
    SemanticGraph g = after("[said/VBD-21 nsubj>sources/NNS-20 advcl>[linked/VBN-2 nsubj>Militants/NNS-1"
        + " obl:to>Qaeda/NNP-5 dep>[ambushed/VBD-6 obj>convoy/NN-8 conj:and>killing/VBG-12]"
        + " dep>[seizing/VBG-16 obj>vehicles/NNS-18]]]", ReducedRelatives::repair, true);
    assertThat(rel(g, "killing", "Militants")).isEqualTo("nsubj");
    assertThat(rel(g, "said", "ambushed")).isEqualTo("advcl");
    assertThat(rel(g, "ambushed", "Militants")).isEqualTo("nsubj");
    assertThat(rel(g, "ambushed", "seizing")).isEqualTo("dep");
    assertThat(rel(g, "linked", "seizing")).isEqualTo("none");
    assertThat(rel(g, "linked", "Qaeda")).isEqualTo("obl:to");
  }

  @Test
  void aVerbAfterAnotherPredicateAndAConjunctionIsLeftAlone() {
    after("[said/VBD-4 nsubj>KGB/NNP-3 ccomp>[returned/VBN-12 nsubj>men/NNS-11 obl:by>Poland/NNP-14"
        + " dep>[patriots/NNS-17 cop>were/VBD-15] dep>[accused/VBD-20 cc>and/CC-19 obj>Warsaw/NNP-21]]]",
        ReducedRelatives::repair, false);
  }

  @Test
  void aPassiveWithItsAuxiliaryIsLeftAlone() {
    after("[backed/VBN-3 nsubj>Rebels/NNS-1 aux:pass>were/VBD-2 dep>[attacked/VBD-6 obj>town/NN-8]]",
        ReducedRelatives::repair, false);
  }

  @Test
  void aBareVerbWithASubjectOfItsOwnIsLeftAlone() {
    after("[backed/VBN-2 nsubj>Rebels/NNS-1 dep>[attacked/VBD-5 nsubj>they/PRP-4 obj>town/NN-7]]",
        ReducedRelatives::repair, false);
  }

  @Test
  void aParticipleWithAnObjectIsAVerbOfItsOwn() {
    after("[backed/VBN-2 nsubj>Rebels/NNS-1 obj>deal/NN-4 dep>[attacked/VBD-5 obj>town/NN-7]]",
        ReducedRelatives::repair, false);
  }

  @Test
  void aParticipleDependentThatIsNoFiniteVerbIsLeftAlone() {
    after("[backed/VBN-2 nsubj>Rebels/NNS-1 dep>[attacking/VBG-5 obj>town/NN-7]]", ReducedRelatives::repair, false);
  }

  /** On a parse the repair mends, the sentence's verb is the subject's and the participle its backer's. */
  @Test
  void rebelsBackedByAStateHoldTheSentencesAct() {
    assertThat(Readings.claims("rebels-backed-by-attacked")).containsExactlyInAnyOrder(
        "Rebels OPPOSE Burundian troops", "Rwanda SUPPORT Rebels");
  }
}
