package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenMeasuresTest {

  @Test
  void backingABanHandedToSomeoneOpposesThemNotItsGiver() {
    assertThat(Readings.claims("given-ban-backed")).contains("Norway OPPOSE Lars Berg")
        .doesNotContain("Norway SUPPORT Court of Arbitration for Sport", "Norway SUPPORT Lars Berg");
  }

  @Test
  void theCourtThatHandsABanOpposesWhomItIsHandedTo() {
    assertThat(Readings.claims("given-ban-backed")).contains("Court of Arbitration for Sport OPPOSE Lars Berg")
        .doesNotContain("Court of Arbitration for Sport SUPPORT Lars Berg");
  }

  @Test
  void handingASuspensionToAPlayerOpposesThem() {
    assertThat(Readings.claims("given-ban-giver")).containsExactly("UEFA OPPOSE Rui Costa");
  }

  @Test
  void welcomingASentenceGivenToSomeoneOpposesThem() {
    assertThat(Readings.claims("given-sentence-case")).containsExactly(
        "Tunisia's opposition OPPOSE Zine El Abidine Ben Ali");
  }

  @Test
  void welcomingASentenceGivenToSomeoneOpposesThemWhereTheParserMakesTheParticipleAPreposition() {
    assertThat(Readings.claims("given-sentence-preposition"))
        .containsExactly("Egypt's opposition OPPOSE Hosni Mubarak");
  }

  @Test
  void handingABanToAPlayerOpposesThem() {
    assertThat(Readings.claims("given-ban-handed")).containsExactly("FIFA OPPOSE Rui Costa");
  }

  @Test
  void welcomingAFineImposedOnACompanyOpposesItWhereTheParserMakesTheParticipleAClause() {
    assertThat(Readings.claims("given-fine-backed")).containsExactly("Italy OPPOSE Amazon");
  }

  @Test
  void welcomingASuspensionHandedToAPlayerOpposesThemWhereTheParserMakesTheParticipleAClause() {
    assertThat(Readings.claims("given-suspension-clause")).containsExactly("UEFA OPPOSE Juan Perez");
  }

  @Test
  void handingAidToAStateStillSupportsIt() {
    Readings.Reading r = Readings.of("given-aid-giver");
    assertThat(GivenMeasures.givenTo(r.graph(), r.node("handed"))).isEmpty();
    assertThat(Readings.claims("given-aid-giver")).containsExactly("Germany SUPPORT Kenya");
  }

  @Test
  void welcomingAnAwardGivenToAStateStillSupportsIt() {
    Readings.Reading r = Readings.of("given-award-welcomed");
    assertThat(GivenMeasures.recipients(r.graph(), r.node("award"))).isEmpty();
    assertThat(Readings.claims("given-award-welcomed")).containsExactly("United Nations SUPPORT Kenya");
  }
}
