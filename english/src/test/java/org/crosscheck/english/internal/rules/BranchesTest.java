package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class BranchesTest {

  @Test
  void aStateNamedAfterAnOrganisationIsItsBranchNotTheState() {
    Readings.Reading r = Readings.of("branch-ngo");
    assertThat(r.graph().mentionOf(r.node("Kenya")).actor().id()).isEqualTo("NGOXFM");
    assertThat(Readings.drafts("branch-ngo")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("NGOXFM");
      assertThat(d.holder().text()).isEqualTo("Oxfam Kenya");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aRegionNoCatalogListsNamedInOneNameWithAnOrganisationIsItsBranch() {
    assertThat(Readings.claims("branch-region-accused"))
        .containsExactly("Greenpeace Africa OPPOSE Moroccan government");
  }

  @Test
  void aNameAfterAMadeUpOrganisationIsNoBranchOfIt() {
    assertThat(Readings.drafts("branch-adhoc-party")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("adhoc:organisation:new-patriotic-party"));
  }

  @Test
  void aStateNamedAloneStaysTheState() {
    Readings.Reading r = Readings.of("idiom-deal");
    assertThat(r.graph().mentionOf(r.node("Togo")).actor().id()).isEqualTo("TGO");
  }
}
