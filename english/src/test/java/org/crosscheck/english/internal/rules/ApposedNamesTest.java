package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApposedNamesTest {

  @Test
  void aNeighbourNamedAfterItsNounIsTheTargetNotThePossessor() {
    Readings.Reading r = Readings.of("neighbour-apposed-criticised");
    assertThat(ApposedNames.at(r.graph(), r.node("neighbour"), List.of()).text()).isEqualTo("Singapore");
    assertThat(Readings.claims("neighbour-apposed-criticised")).containsExactly("Chile's president OPPOSE Singapore");
  }

  @Test
  void anAllyNamedAfterItsNounIsTheTargetAlsoAsTheParsersLooseDependent() {
    assertThat(Readings.claims("ally-named-after-criticised")).containsExactly("Japan OPPOSE North Korea");
  }

  @Test
  void aPersonNamedAfterAnOfficeLeavesTheOfficeItsOwner() {
    Readings.Reading r = Readings.of("minister-apposed-criticised");
    assertThat(ApposedNames.at(r.graph(), r.node("minister"), List.of())).isNull();
    assertThat(Readings.claims("minister-apposed-criticised"))
        .containsExactly("Kenya OPPOSE Uganda's foreign minister, Henry Okoth");
  }
}
