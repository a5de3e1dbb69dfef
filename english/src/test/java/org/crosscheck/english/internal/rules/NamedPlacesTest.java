package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedPlacesTest {

  @Test
  void anIslandNamedAfterAPersonIsNoTargetOfAVisit() {
    Readings.Reading r = Readings.of("place-person-island");
    NamedEntityNames.add(r.graph());
    assertThat(r.graph().mentionOf(r.node("Morales"))).isNull();
    assertThat(Readings.claims("place-person-island")).isEmpty();
  }

  @Test
  void aPieceOfAnIslandsHyphenatedNameIsNoOrganisation() {
    Readings.Reading r = Readings.of("place-cut-island");
    NamedEntityNames.add(r.graph());
    assertThat(r.ctx().hasMention(r.graph().idx(r.node("Pag")))).isFalse();
    assertThat(Readings.claims("place-cut-island")).isEmpty();
  }

  @Test
  void aPersonPraisedForWorkOnAnIslandIsStillTheTarget() {
    assertThat(Readings.claims("place-person-praised")).singleElement().asString().endsWith("SUPPORT Tomas Morales");
  }

  @Test
  void aPersonAfterOfANounOfNoPlaceStillNamesAnActor() {
    Readings.Reading r = Readings.of("place-mayor-of");
    NamedEntityNames.add(r.graph());
    assertThat(r.graph().mentionOf(r.node("Morales")).text()).isEqualTo("Tomas Morales");
  }

  @Test
  void aTownTheCatalogFilesUnderAStateIsNoCaptureOfThatState() {
    assertThat(Readings.claims("town-of-bara-captured")).noneMatch(c -> c.contains("Bara"));
  }

  @Test
  void anIslandNamedByTheStatesOwnNameKeepsTheState() {
    assertThat(Readings.claims("island-of-taiwan-kept")).containsExactly("China OPPOSE Taiwan");
  }

  @Test
  void aCapitalNamedAfterItsNounStillStandsForItsState() {
    Readings.Reading r = Readings.of("capital-city-of-tunis");
    assertThat(r.graph().mentionAt(10)).isNotNull();
  }

  @Test
  void aNameTheArticleGivesATownNounElsewhereIsNoTargetOfACapture() {
    Readings.Reading r = Readings.around("", "town-named-later",
        " The rebels now hold the coastal town of Taungup and its port.");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(Readings.claims(r.drafts())).isEmpty();
  }

  @Test
  void aNameCapturedWithNoPlaceNounAnywhereStaysTheTarget() {
    Readings.Reading r = Readings.around("", "town-named-later", " Taungup said it would fight on.");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(Readings.claims(r.drafts())).containsExactly("Arakan Army OPPOSE Taungup");
  }

  @Test
  void aCapitalCityNamedElsewhereStillStandsForItsState() {
    Readings.Reading r = Readings.around("", "town-named-later", " Officials in the capital city of Taungup fled.");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(Readings.claims(r.drafts())).containsExactly("Arakan Army OPPOSE Taungup");
  }

  @Test
  void aCataloguedCityNamedAfterItsNounElsewhereStillStandsForItsState() {
    Readings.Reading r = Readings.around("", "catalog-city-named-later", " Residents of the city of Kandahar fled.");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).extracting(Readings::claimId).containsExactly("PAKMIL OPPOSE AFG");
  }
}
