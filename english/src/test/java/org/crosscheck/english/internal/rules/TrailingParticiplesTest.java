package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class TrailingParticiplesTest {

  // "The EU signed the deal, angering farmers", as the parser reads it.
  private static final String SIGNED = "[signed/VBD-3 nsubj>[EU/NNP-2 det>The/DT-1] obj>[deal/NN-5 det>the/DT-4]"
      + " punct>,/,-6 obj>[farmers/NNS-8 amod>angering/VBG-7]]";

  @Test
  void aParticipleAfterTheCommaIsTheVerbsAdverbialAndTheNounItsObject() {
    SemanticGraph g = GraphEdges.after(SIGNED, TrailingParticiples::repair, true);
    assertThat(rel(g, "signed", "farmers")).isEqualTo("none");
    assertThat(rel(g, "farmers", "angering")).isEqualTo("none");
    assertThat(rel(g, "signed", "angering")).isEqualTo("advcl");
    assertThat(rel(g, "angering", "farmers")).isEqualTo("obj");
    assertThat(rel(g, "signed", "deal")).isEqualTo("obj");
  }

  @Test
  void withoutACommaTheAdjectiveStays() {
    SemanticGraph g = unchanged(SIGNED.replace(" punct>,/,-6", " punct>;/:-6"));
    assertThat(rel(g, "farmers", "angering")).isEqualTo("amod");
  }

  @Test
  void aVerbsOnlyObjectKeepsItsAdjective() {
    // "The army shelled fleeing civilians": no object before it, no clause ended.
    SemanticGraph g = unchanged("[shelled/VBD-3 nsubj>[army/NN-2 det>The/DT-1]"
        + " obj>[civilians/NNS-5 amod>fleeing/VBG-4]]");
    assertThat(rel(g, "civilians", "fleeing")).isEqualTo("amod");
  }

  @Test
  void anAdjectiveThatIsNoParticipleStays() {
    // "signed the deal, angry farmers …": an adjective tells no deed.
    unchanged(SIGNED.replace("angering/VBG-7", "angry/JJ-7"));
  }

  @Test
  void aParticipleAfterTheNounIsNoAdjectiveOpeningIt() {
    unchanged("[signed/VBD-3 nsubj>[EU/NNP-2 det>The/DT-1] obj>[deal/NN-5 det>the/DT-4]"
        + " obj>[farmers/NNS-6 amod>angering/VBG-8] punct>,/,-7]");
  }

  @Test
  void aCommaInsideTheClauseEndsNoClause() {
    // "praised, above all, leading opposition figures": the participle's noun is the verb's only object.
    SemanticGraph g = unchanged("[praised/VBD-2 nsubj>Kenya/NNP-1 obl>[all/DT-5 case>above/IN-4]"
        + " punct>,/,-3 punct>,/,-6 obj>[figures/NNS-9 amod>leading/VBG-7 compound>opposition/NN-8]]");
    assertThat(rel(g, "figures", "leading")).isEqualTo("amod");
  }

  // "Farmers rallied in Warsaw, accusing Tusk of …", as the parser reads it.
  private static final String RALLIED = "[rallied/VBD-2 nsubj>Farmers/NNS-1 obl:in>[Warsaw/NNP-4 case>in/IN-3]"
      + " punct>,/,-5 obj>[Tusk/NNP-7 amod>accusing/VBG-6]]";

  /** The graph after {@code repair}, its verbs given their lemmas as the tagger gives them. */
  private static SemanticGraph lemmatised(String graph, java.util.function.Predicate<SemanticGraph> repair,
      boolean changes) {
    java.util.Map<String, String> lemmas = java.util.Map.of("accusing", "accuse", "said", "say");
    return GraphEdges.after(graph, g -> {
      g.vertexSet().forEach(w -> w.setLemma(lemmas.getOrDefault(w.word(), w.word().toLowerCase())));
      return repair.test(g);
    }, changes);
  }

  private static SemanticGraph withLexicon(String graph, boolean changes) {
    return lemmatised(graph, g -> TrailingParticiples.repair(g, Readings.LEX), changes);
  }

  @Test
  void aStanceParticipleAfterAVerbWithoutObjectTakesTheNounAsItsObject() {
    SemanticGraph g = withLexicon(RALLIED, true);
    assertThat(rel(g, "rallied", "Tusk")).isEqualTo("none");
    assertThat(rel(g, "rallied", "accusing")).isEqualTo("advcl");
    assertThat(rel(g, "accusing", "Tusk")).isEqualTo("obj");
    assertThat(Readings.claims("rallied-accusing-name")).contains("farmers OPPOSE Donald Tusk");
  }

  @Test
  void withoutAnObjectBeforeItOnlyAStanceParticipleOutsideAParenthesisMoves() {
    unchanged(RALLIED);
    withLexicon(RALLIED.replace("accusing/VBG-6", "leading/VBG-6"), false);
    // "rallied, in Warsaw, accusing Tusk": the commas enclose an aside; the noun stays the verb's.
    withLexicon("[rallied/VBD-2 nsubj>Farmers/NNS-1 punct>,/,-3 obl:in>[Warsaw/NNP-5 case>in/IN-4]"
        + " punct>,/,-6 obj>[Tusk/NNP-8 amod>accusing/VBG-7]]", false);
  }

  // "Police detained them, HRW said, accusing Ethiopia …", as the parser reads it.
  private static final String ATTRIBUTED = "[detained/VBD-2 nsubj>Police/NNS-1 obj>them/PRP-3 punct>,/,-4"
      + " parataxis>[said/VBD-6 nsubj>HRW/NNP-5] punct>,/,-7 dep>[accusing/VBG-8 obj>Ethiopia/NNP-9]]";

  private static SemanticGraph attributed(String graph, boolean changes) {
    return lemmatised(graph, g -> TrailingParticiples.repairAttributed(g, Readings.LEX), changes);
  }

  @Test
  void aParticipleRightAfterAnAsideSpeechVerbIsTheSpeakers() {
    SemanticGraph g = attributed(ATTRIBUTED, true);
    assertThat(rel(g, "detained", "accusing")).isEqualTo("none");
    assertThat(rel(g, "said", "accusing")).isEqualTo("advcl");
    assertThat(Readings.claims("attributed-accusing")).contains("Amnesty International OPPOSE Ethiopia")
        .noneMatch(c -> c.startsWith("Soldiers OPPOSE Ethiopia"));
  }

  @Test
  void aParticipleAfterAnAsideThatIsNoSpeechOrHasNoSubjectStays() {
    attributed(ATTRIBUTED.replace("said/VBD-6", "left/VBD-6"), false);
    attributed(ATTRIBUTED.replace("[said/VBD-6 nsubj>HRW/NNP-5]", "said/VBD-6"), false);
    attributed(ATTRIBUTED.replace(" punct>,/,-7", ""), false);
  }

  @Test
  void whoTheDeedAngeredIsNoTargetOfItAndTheirNameIsTheirs() {
    assertThat(Readings.claims("trailing-participle-signed")).contains("farmers OPPOSE European Commission")
        .noneMatch(c -> c.contains("angering") || c.startsWith("EU SUPPORT farmers"));
  }

  /** The graph of {@code graph}, which the repair must leave as it is. */
  private static SemanticGraph unchanged(String graph) {
    return GraphEdges.after(graph, TrailingParticiples::repair, false);
  }

  /** The graph after mending hung participles, "overriding" given its lemma as the tagger gives it. */
  private static SemanticGraph hung(String graph, boolean changes) {
    return GraphEdges.after(graph, g -> {
      g.vertexSet().forEach(w -> w.setLemma(w.word().equals("overriding") ? "override"
          : w.word().equals("lambasting") ? "lambast" : w.word()));
      return TrailingParticiples.repairHung(g, Readings.LEX);
    }, changes);
  }

  private static SemanticGraph hungUnchanged(String graph) {
    return hung(graph, false);
  }

  // "The bloc admitted Ethiopia as a member, overriding objections", as the parser reads it.
  private static final String ADMITTED = "[admitted/VBD-3 nsubj>[bloc/NN-2 det>The/DT-1] obj>Ethiopia/NNP-4"
      + " obl:as>[member/NN-7 case>as/IN-5 det>a/DT-6 punct>,/,-8 acl>[overriding/VBG-9 obj>objections/NNS-10]]"
      + " punct>./.-11]";

  @Test
  void aParticipleAfterTheCommaHungOnAnObliqueIsTheVerbsAdverbial() {
    SemanticGraph g = hung(ADMITTED, true);
    assertThat(rel(g, "member", "overriding")).isEqualTo("none");
    assertThat(rel(g, "admitted", "overriding")).isEqualTo("advcl");
  }

  @Test
  void aParticipleWithoutACommaDescribesItsNoun() {
    SemanticGraph g = hungUnchanged(ADMITTED.replace(" punct>,/,-8", ""));
    assertThat(rel(g, "member", "overriding")).isEqualTo("acl");
  }

  @Test
  void aParticiplePhraseFollowedByMoreOfTheSentenceDescribesItsNoun() {
    // "admitted Ethiopia as a member, overriding objections, on Friday": set off on both sides, it is the noun's.
    hungUnchanged(ADMITTED.replace(" punct>./.-11", " obl>Friday/NNP-12 punct>./.-13"));
  }

  @Test
  void aParticipleOnTheSubjectDescribesItsNoun() {
    // "Rebels, holding the town, refused": the phrase does not close the sentence.
    hungUnchanged("[refused/VBD-6 nsubj>[Rebels/NNS-1 punct>,/,-2 acl>[holding/VBG-3 obj>[town/NN-5 det>the/DT-4]]]"
        + " punct>./.-7]");
  }

  @Test
  void aPastParticipleAfterTheCommaDescribesItsNoun() {
    // "admitted Ethiopia as a member, backed by Kenya": what the member is, not what the bloc did.
    hungUnchanged(ADMITTED.replace("overriding/VBG-9", "backed/VBN-9"));
  }

  @Test
  void aParticipleOfAStanceVerbOutsideCameoIsMendedToo() {
    SemanticGraph g = hung(ADMITTED.replace("overriding/VBG-9", "lambasting/VBG-9"), true);
    assertThat(rel(g, "admitted", "lambasting")).isEqualTo("advcl");
  }

  @Test
  void aParticipleOfNoStanceStaysWhereTheParserHungIt() {
    // "… as a member, acting on an application": no stance whose holder is at stake.
    hungUnchanged(ADMITTED.replace("overriding/VBG-9", "acting/VBG-9"));
  }

  @Test
  void aParticipleOnANounOfANounStays() {
    // "the envoy of the bloc, overriding objections": no verb's argument to mend it onto.
    hungUnchanged("[envoy/NN-2 det>The/DT-1 nmod:of>[bloc/NN-5 case>of/IN-3 det>the/DT-4 punct>,/,-6"
        + " acl>[overriding/VBG-7 obj>objections/NNS-8]] punct>./.-9]");
  }

  @Test
  void theLeagueThatAdmitsAMemberOverridingObjectionsOpposesTheObjector() {
    assertThat(Readings.claims("admitted-member-overriding")).containsExactly("Arab League OPPOSE Kenya");
  }
}
