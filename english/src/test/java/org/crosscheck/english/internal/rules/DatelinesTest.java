package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  private static int length(String id) {
    return Datelines.length(Readings.of(id).graph().toks);
  }

  @Test
  void wireDatelineWithRegionDateAndAgencyIsNoActor() {
    assertThat(length("dateline-dated")).isEqualTo(10);
    assertThat(Readings.drafts("dateline-dated")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Ghana");
      assertThat(d.target()).isEmpty();
    });
  }

  @Test
  void regionWhoseNameHoldsLowerCaseLinksStaysInTheDateline() {
    assertThat(length("dateline-region")).isEqualTo(13);
    assertThat(Readings.drafts("dateline-region")).singleElement()
        .satisfies(d -> assertThat(d.holder().text()).isEqualTo("Angola"));
  }

  @Test
  void listOfNamesBeforeADashWithNoDateNorAgencyIsNoDateline() {
    assertThat(length("dateline-list")).isZero();
  }
}
