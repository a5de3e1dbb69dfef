package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.after;
import static org.crosscheck.english.internal.rules.GraphEdges.node;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class FrontedPlacesTest {

  /** "{first} Parliament House, about 200 activists accused the military", as the parser misreads it. */
  private static String apposed(String first) {
    return "[accused/VBD-14 nsubj>[House/NNP-3 amod>" + first + "-1 compound>Parliament/NNP-2 punct>,/,-4"
        + " appos>[activists/NNS-7 nummod>200/CD-6]] obj>military/NN-17]";
  }

  private static boolean repair(SemanticGraph g) {
    return FrontedPlaces.repair(g, Readings.LEX);
  }

  @Test
  void theActorsAfterTheCommaAreTheSubjectAndThePlaceAnOblique() {
    SemanticGraph g = after(apposed("Outside/JJ"), FrontedPlacesTest::repair, true);
    assertThat(rel(g, "accused", "activists")).isEqualTo("nsubj");
    assertThat(rel(g, "accused", "House")).isEqualTo("obl:outside");
    assertThat(rel(g, "House", "Outside")).isEqualTo("case");
    assertThat(rel(g, "House", "activists")).isEqualTo("none");
    assertThat(node(g, "Outside").tag()).isEqualTo("IN");
  }

  @Test
  void aClauseHungOnThePlaceBecomesTheRoot() {
    SemanticGraph g = after("[Parliament/NNP-2 compound>Inside/NNP-1 punct>,/,-3"
        + " parataxis>[criticised/VBD-6 nsubj>lawmakers/NNS-5 obj>budget/NN-8]]", FrontedPlacesTest::repair, true);
    assertThat(g.getFirstRoot().word()).isEqualTo("criticised");
    assertThat(rel(g, "criticised", "Parliament")).isEqualTo("obl:inside");
    assertThat(rel(g, "criticised", "lawmakers")).isEqualTo("nsubj");
  }

  @Test
  void aPrepositionTheParserReadAsOneIsLeftAlone() {
    after("[condemned/VBD-8 obl:outside>[court/NN-3 case>Outside/IN-1 det>the/DT-2] punct>,/,-4"
        + " nsubj>supporters/NNS-7]", FrontedPlacesTest::repair, false);
  }

  @Test
  void anAdjectiveThatIsNoPrepositionKeepsItsSubject() {
    SemanticGraph g = after(apposed("Kenyan/JJ"), FrontedPlacesTest::repair, false);
    assertThat(rel(g, "accused", "House")).isEqualTo("nsubj");
  }

  @Test
  void aSubjectWithNoApposedActorsAfterTheCommaIsLeftAlone() {
    after("[accused/VBD-5 nsubj>[House/NNP-3 amod>Outside/JJ-1 compound>Parliament/NNP-2] punct>,/,-4"
        + " obj>military/NN-7]", FrontedPlacesTest::repair, false);
  }
}
