package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatePairsTest {

  @Test
  void aStateAndANamedForceJoinedBeforeOneNounAreTwoHolders() {
    assertThat(Readings.drafts("statepair-wagner")).extracting(d -> d.holder().text())
        .containsExactlyInAnyOrder("Mali", "Wagner fighters");
    assertThat(Readings.drafts("statepair-wagner")).filteredOn(d -> d.holder().text().equals("Mali"))
        .allSatisfy(d -> assertThat(d.holder().actor().id()).isEqualTo("MLI"));
  }

  @Test
  void aStateAndRebelsSigningATruceAreTwoPartiesToIt() {
    assertThat(Readings.claims("statepair-rebels-sign"))
        .containsExactlyInAnyOrder("Colombia NEUTRAL ELN rebels", "ELN rebels NEUTRAL Colombia");
  }

  @Test
  void twoStatesNamesBeforeOneNounAreNotReadAsAStateAndAGroup() {
    assertThat(Readings.claims("statepair-two-states")).noneMatch(c -> c.startsWith("Kenya "));
  }
}
