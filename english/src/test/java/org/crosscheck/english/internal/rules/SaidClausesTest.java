package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.english.internal.rules.GraphEdges.rel;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

class SaidClausesTest {

  @Test
  void aReportedSubjectReadAsTheObjectOfSaidIsTheSubjectOfTheModalVerb() {
    SemanticGraph g = SemanticGraph.valueOf("[strike/VB-5 csubj>[said/VBD-2 nsubj>Netanyahu/NNP-1 obj>Israel/NNP-3]"
        + " aux>would/MD-4 obj>Hezbollah/NNP-6]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "said", "strike")).isEqualTo("ccomp");
    assertThat(rel(g, "strike", "Israel")).isEqualTo("nsubj");
    assertThat(rel(g, "said", "Israel")).isEqualTo("none");
    assertThat(g.getFirstRoot().word()).isEqualTo("said");
  }

  @Test
  void theMendedSubjectControlsTheVerbsTheReportedVerbGoverns() {
    SemanticGraph g = SemanticGraph.valueOf("[keep/VB-5 csubj>[said/VBD-2 nsubj>Lavrov/NNP-1 obj>Moscow/NNP-3]"
        + " aux>would/MD-4 xcomp>[backing/VBG-6 obj>Damascus/NNP-7]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "backing", "Moscow")).isEqualTo("nsubj:xsubj");
  }

  @Test
  void aReportedVerbReadAsABareDependentOfSaidTakesTheNameAsItsSubject() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Turkey/NNP-1 obj>Israel/NNP-3"
        + " dep>[attacking/VBG-5 aux>was/VBD-4 obj>Lebanon/NNP-6]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "said", "attacking")).isEqualTo("ccomp");
    assertThat(rel(g, "attacking", "Israel")).isEqualTo("nsubj");
    assertThat(rel(g, "said", "Israel")).isEqualTo("none");
  }

  @Test
  void aPassiveReportedVerbTakesTheNameAsItsPassiveSubject() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Canada/NNP-1 obj>Venezuela/NNP-3"
        + " dep>[sanctioned/VBN-6 aux>should/MD-4 aux:pass>be/VB-5]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "sanctioned", "Venezuela")).isEqualTo("nsubj:pass");
  }

  @Test
  void aQuoteOpeningBeforeTheReportedVerbStandsBetweenToo() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Beijing/NNP-1 obj>Tokyo/NNP-3"
        + " dep>[relying/VBG-6 aux>was/VBD-4 punct>``/``-5 obl>forces/NNS-8]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "relying", "Tokyo")).isEqualTo("nsubj");
  }

  @Test
  void theReportedSubjectBeforeAQuoteHoldsTheQuotedStance() {
    assertThat(Readings.claims("provoke-own-state")).containsExactly("Tokyo OPPOSE China");
  }

  @Test
  void aClosingQuoteBeforeTheReportedVerbIsNoOpeningOne() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Beijing/NNP-1 obj>Tokyo/NNP-3"
        + " dep>[relying/VBG-6 aux>was/VBD-4 punct>''/''-5 obl>forces/NNS-8]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aBareDependentWithOtherWordsBeforeItIsLeftAlone() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Turkey/NNP-1 obj>Israel/NNP-3"
        + " dep>[attacking/VBG-6 aux>was/VBD-5 obj>Lebanon/NNP-7]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "said", "attacking")).isEqualTo("dep");
  }

  @Test
  void aBareDependentWithoutModalOrTenseIsLeftAlone() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Turkey/NNP-1 obj>Israel/NNP-3"
        + " dep>[attacking/VBG-5 aux>being/VBG-4]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aVerbOfSayingThatIsNoSpeechIsLeftAlone() {
    SemanticGraph g = SemanticGraph.valueOf("[strike/VB-5 csubj>[visited/VBD-2 nsubj>Netanyahu/NNP-1"
        + " obj>Israel/NNP-3] aux>would/MD-4 obj>Hezbollah/NNP-6]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "strike", "visited")).isEqualTo("csubj");
  }

  @Test
  void aClausalSubjectWithoutModalOrTenseIsLeftAlone() {
    SemanticGraph g = SemanticGraph.valueOf("[helped/VBN-5 csubj>[said/VBD-2 nsubj>Netanyahu/NNP-1"
        + " obj>Israel/NNP-3] aux>has/VBZ-4]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aCommonNounObjectIsLeftAlone() {
    SemanticGraph g = SemanticGraph.valueOf("[mattered/VBD-4 csubj>[said/VBD-2 nsubj>Netanyahu/NNP-1"
        + " obj>something/NN-3]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aSpeakerAfterAQuoteReadAsTheObjectOfSaidIsItsSubject() {
    // '"We reject Y's plan," said Sudan's foreign minister.'
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-9 ccomp>[reject/VBP-3 nsubj>We/PRP-2 obj>plan/NN-6]"
        + " obj>[minister/NN-13 nmod:poss>Sudan/NNP-10]]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "said", "minister")).isEqualTo("nsubj");
  }

  @Test
  void anObjectOfSaidWithNoClauseBeforeItStaysItsObject() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-1 obj>[words/NNS-3 amod>few/JJ-2] ccomp>left/VBD-5]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "said", "words")).isEqualTo("obj");
  }

  @Test
  void aQuotedNounReadAsTheSubjectOfSaidIsWhatWasSaidAndTheNameAfterItTheSpeaker() {
    // '"Only Moscow gains from this," said Zelenskiy.'
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-9 nsubj>[gains/NNS-4 compound>Moscow/NNP-3] punct>``/``-1"
        + " punct>''/''-8 obj>Zelenskiy/NNP-10]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isTrue();
    assertThat(rel(g, "said", "Zelenskiy")).isEqualTo("nsubj");
    assertThat(rel(g, "said", "gains")).isEqualTo("ccomp");
  }

  @Test
  void aSubjectBeforeAQuotedPhraseKeepsTheNameAfterTheVerbAsItsObject() {
    // 'Kallas said she was "disappointed" and accused Hungary': the quote closes before "and", not the verb.
    SemanticGraph g = SemanticGraph.valueOf("[accused/VBD-9 nsubj>Kallas/NNP-1 punct>``/``-5 punct>''/''-7"
        + " cc>and/CC-8 obj>Hungary/NNP-10]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "accused", "Hungary")).isEqualTo("obj");
  }

  @Test
  void aQuotedSubjectWhoseQuoteClosesWellBeforeTheVerbKeepsItsObject() {
    SemanticGraph g = SemanticGraph.valueOf("[accused/VBD-9 nsubj>gains/NNS-3 punct>``/``-1 punct>''/''-5"
        + " cc>and/CC-8 obj>Hungary/NNP-10]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aSubjectBeforeAnyQuoteOpensKeepsItsObject() {
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-6 nsubj>Kenya/NNP-1 punct>''/''-5 obj>Tuesday/NNP-7]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
  }

  @Test
  void aSubjectOutsideAnyQuoteKeepsItsObject() {
    // "Kenya said Tuesday": a subject before the verb with no quote between.
    SemanticGraph g = SemanticGraph.valueOf("[said/VBD-2 nsubj>Kenya/NNP-1 obj>Tuesday/NNP-3]");
    assertThat(SaidClauses.repair(g, Readings.LEX)).isFalse();
    assertThat(rel(g, "said", "Kenya")).isEqualTo("nsubj");
  }
}
