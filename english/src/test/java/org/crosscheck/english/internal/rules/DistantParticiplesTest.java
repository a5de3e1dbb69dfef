package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class DistantParticiplesTest {

  // "Neto, speaking at an event in Sao Paulo hosted by the federation, defended the decision."
  private static final String EVENT_HOSTED = "[defended/VBD-19 nsubj>[Neto/NNP-2 punct>,/,-3"
      + " acl>[speaking/VBG-4 obl:at>[event/NN-7 nmod:in>Paulo/NNP-10]] acl>[hosted/VBN-11 obl:by>federation/NN-15]]"
      + " obj>decision/NN-21]";

  @Test
  void aParticipleRightAfterAPhraseDescribesThatPhraseNotTheNounFarBefore() {
    SemanticGraph g = after(EVENT_HOSTED, DistantParticiples::repair, true);
    assertThat(rel(g, "event", "hosted")).isEqualTo("acl");
    assertThat(rel(g, "Neto", "hosted")).isEqualTo("none");
  }

  @Test
  void aParticipleAfterACommaDescribesTheNounFarBefore() {
    SemanticGraph g = after("[defended/VBD-12 nsubj>[Neto/NNP-1 acl>[speaking/VBG-3 obl:at>event/NN-5]"
        + " punct>,/,-6 acl>[backed/VBN-7 obl:by>federation/NN-9]] obj>decision/NN-13]", DistantParticiples::repair,
        false);
    assertThat(rel(g, "Neto", "backed")).isEqualTo("acl");
  }

  @Test
  void aParticipleWithNoAgentIsLeftAlone() {
    after(EVENT_HOSTED.replace("obl:by>federation/NN-15", "obl:in>May/NNP-13"), DistantParticiples::repair, false);
  }

  @Test
  void aPhraseTheFarNounDoesNotGovernIsLeftAlone() {
    after("[said/VBD-9 nsubj>[Neto/NNP-1 acl>[hosted/VBN-5 obl:by>federation/NN-7]] obl:at>event/NN-4]",
        DistantParticiples::repair, false);
  }

  @Test
  void aParticipleRightAfterItsOwnNounIsLeftAlone() {
    after("[defended/VBD-6 nsubj>[event/NN-2 acl>[hosted/VBN-3 obl:by>federation/NN-5]]]", DistantParticiples::repair,
        false);
  }

  @Test
  void aNameBeforeTheParticipleIsNoPhraseItDescribes() {
    after("[defended/VBD-12 nsubj>[Neto/NNP-1 acl>[speaking/VBG-3 obl:in>[Paulo/NNP-6 compound>Sao/NNP-5]]"
        + " acl>[hosted/VBN-7 obl:by>federation/NN-9]] obj>decision/NN-13]", DistantParticiples::repair, false);
  }
}
