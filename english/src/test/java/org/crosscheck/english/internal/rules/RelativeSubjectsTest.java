package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class RelativeSubjectsTest {

  @Test
  void theNounARelativeClauseDescribesIsItsSubjectNotItsObject() {
    SemanticGraph g = after("[said/VBD-9 nsubj>[Barrack/NNP-1 ref>who/WP-3 acl:relcl>[mediating/VBG-6 aux>has/VBZ-4"
        + " aux>been/VBN-5 obl:between>Ankara/NNP-8 obj>Barrack/NNP-1]]]", RelativeSubjects::repair, true);
    assertThat(rel(g, "mediating", "Barrack")).isEqualTo("nsubj");
  }

  @Test
  void aBareDependentForTheSubjectIsMendedToo() {
    SemanticGraph g = after("[said/VBD-9 nsubj>[Qatar/NNP-1 ref>which/WDT-3 acl:relcl>[backed/VBN-6 aux>has/VBZ-4"
        + " advmod>long/RB-5 obj>Hamas/NNP-7 dep>Qatar/NNP-1]]]", RelativeSubjects::repair, true);
    assertThat(rel(g, "backed", "Qatar")).isEqualTo("nsubj");
  }

  @Test
  void aClauseWithASubjectOfItsOwnIsLeftAlone() {
    after("[welcomed/VBD-2 nsubj>Kenya/NNP-1 obj>[deal/NN-4 ref>which/WDT-5 acl:relcl>[signed/VBD-7 nsubj>Uganda/NNP-6"
        + " obj>deal/NN-4]]]", RelativeSubjects::repair, false);
  }

  @Test
  void aPronounApartFromTheVerbIsLeftAlone() {
    after("[said/VBD-9 nsubj>[Barrack/NNP-1 ref>who/WP-3 acl:relcl>[mediating/VBG-7 obl>time/NN-5"
        + " obj>Barrack/NNP-1]]]", RelativeSubjects::repair, false);
  }

  @Test
  void aPronounAfterTheVerbIsNoneOfItsSubjects() {
    after("[said/VBD-9 nsubj>[Barrack/NNP-1 ref>who/WP-5 acl:relcl>[mediating/VBG-3 obj>Barrack/NNP-1]]]",
        RelativeSubjects::repair, false);
  }

  @Test
  void anEnvoyMediatingBetweenPartiesIsNoStanceTowardHisOwnState() {
    assertThat(Readings.claimIds("envoy-mediating-between")).noneMatch(c -> c.endsWith("USA"));
    assertThat(Readings.claimIds("relative-backed")).containsExactly("QAT SUPPORT hamas");
  }
}
