package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

  @Test
  void rejectingAnAccordNamedForATownIsNoStanceTowardItsState() {
    assertThat(Readings.claims("document-of-place")).containsExactly("Uganda OPPOSE -");
  }

  @Test
  void criticisingAProtocolNamedForACityIsNoStanceTowardItsState() {
    assertThat(Readings.claims("document-compound-place")).containsExactly("Canada OPPOSE -");
  }

  @Test
  void aLowerCaseAgreementMayNameItsParty() {
    Readings.Reading r = Readings.of("document-lower-case");
    assertThat(r.graph().mentionOf(r.node("Iran")).actor().id()).isEqualTo("IRN");
  }

  @Test
  void aStateInTheNameOfAProjectIsNoParty() {
    assertThat(Readings.claims("project-name-chain")).noneMatch(c -> c.endsWith("India"));
    assertThat(Readings.claims("project-name-siblings")).containsExactly("Kenya SUPPORT -");
  }

  @Test
  void aBodyBeforeAnInstrumentItAdoptedAsAForumIsNoParty() {
    Readings.Reading r = Readings.of("instrument-of-body");
    assertThat(r.graph().mentionOf(r.node("UN"))).isNull();
    assertThat(r.graph().mentionOf(r.node("Peru")).actor().id()).isEqualTo("PER");
  }

  @Test
  void aBodyBeforeItsPactStaysItsParty() {
    assertThat(Readings.claims("pact-of-body")).containsExactly("Hungary SUPPORT EU");
  }

  @Test
  void aNameEndingInRegulationIsNoOrganisation() {
    Readings.Reading r = Readings.of("regulation-name");
    assertThat(r.graph().mentionOf(r.node("Regulation"))).isNull();
    assertThat(r.graph().mentionOf(r.node("Digital"))).isNull();
  }

  @Test
  void aStateInTheNameOfAParkIsNoParty() {
    assertThat(Readings.claims("street-name")).containsExactly("Supporters OPPOSE -");
  }
}
