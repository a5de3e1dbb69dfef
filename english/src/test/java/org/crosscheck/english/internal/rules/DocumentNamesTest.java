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
}
