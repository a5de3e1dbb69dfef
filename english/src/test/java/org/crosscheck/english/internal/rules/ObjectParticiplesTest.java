package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class ObjectParticiplesTest {

  @Test
  void aParticipleHungOnTheVerbWithItsObjectAsSubjectBecomesTheObjectsModifier() {
    SemanticGraph g = after("[hailed/VBD-4 nsubj>Nations/NNP-3 dep>[struck/VBN-7 nsubj>[deal/NN-6 det>the/DT-5]"
        + " obl:by>Sudan/NNP-9]]", ObjectParticiples::repair, true);
    assertThat(rel(g, "hailed", "deal")).isEqualTo("obj");
    assertThat(rel(g, "deal", "struck")).isEqualTo("acl");
    assertThat(rel(g, "hailed", "struck")).isEqualTo("none");
    assertThat(rel(g, "struck", "deal")).isEqualTo("none");
  }

  @Test
  void aParticipleWithAnAuxiliaryIsAClauseAndIsLeftAlone() {
    after("[said/VBD-2 nsubj>Kenya/NNP-1 dep>[struck/VBN-6 nsubj>[deal/NN-4 det>the/DT-3] aux>was/VBD-5]]",
        ObjectParticiples::repair, false);
  }

  @Test
  void aVerbWithAClauseOfItsOwnIsLeftAlone() {
    after("[said/VBD-2 nsubj>Kenya/NNP-1 dep>[struck/VBN-5 nsubj>[deal/NN-4 det>the/DT-3]] ccomp>collapsed/VBD-8]",
        ObjectParticiples::repair, false);
  }

  @Test
  void aParticipleWithAnObjectOfItsOwnIsLeftAlone() {
    after("[hailed/VBD-2 nsubj>Kenya/NNP-1 dep>[signed/VBN-5 nsubj>[deal/NN-4 det>the/DT-3] obj>accord/NN-7]]",
        ObjectParticiples::repair, false);
  }

  @Test
  void aNameAsTheParticiplesSubjectIsLeftAlone() {
    after("[hailed/VBD-2 nsubj>Kenya/NNP-1 dep>[backed/VBN-4 nsubj>Uganda/NNP-3]]", ObjectParticiples::repair, false);
  }

  @Test
  void wordsBetweenTheVerbAndTheNounOutsideItsPhraseLeaveItAlone() {
    after("[hailed/VBD-2 nsubj>Kenya/NNP-1 obl>Monday/NNP-4 dep>[struck/VBN-7 nsubj>[deal/NN-6 det>the/DT-5]]]",
        ObjectParticiples::repair, false);
  }

  @Test
  void aDealStruckByTwoStatesIsNoAttackOnThem() {
    assertThat(Readings.claimIds("hailed-deal-struck-by")).noneMatch(c -> c.contains("OPPOSE"));
  }
}
