package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class SignedAccordsTest {

  /** The memory after Kenya's deal with the IMF, in a story filed from Nairobi. */
  private static Discourse afterKenyasImfDealFiledFromNairobi() {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.DATELINE_STATE,
        org.crosscheck.ActorRef.of(Readings.CATALOG.actor("KEN").orElseThrow(), "NAIROBI"));
    Readings.drafts("accord-imf-signed", d);
    return d;
  }

  @Test
  void aThirdPartyWelcomingTheTreatyBacksBothSides() {
    Discourse d = new Discourse();
    Readings.drafts("accord-signed", d);
    assertThat(Readings.claims("accord-welcomed", d))
        .containsExactlyInAnyOrder("European Union SUPPORT Armenia", "European Union SUPPORT Azerbaijan");
  }

  @Test
  void aRejectionOfTheDealOpposesBothSides() {
    Discourse d = new Discourse();
    Readings.drafts("accord-imf-signed", d);
    assertThat(Readings.claims("accord-rejected", d)).containsExactlyInAnyOrder(
        "Orange Democratic Movement OPPOSE Kenya", "Orange Democratic Movement OPPOSE International Monetary Fund");
  }

  @Test
  void aSideWelcomingItsOwnDealBacksOnlyTheOther() {
    Discourse d = new Discourse();
    Readings.drafts("accord-imf-signed", d);
    assertThat(Readings.claims("accord-welcomed-own", d)).containsExactly("Kenya SUPPORT International Monetary Fund");
  }

  @Test
  void aDealWithNoAccordToldBeforeHasNoSides() {
    assertThat(Readings.claims("accord-welcomed", new Discourse())).noneMatch(c -> c.contains("Armenia"));
  }

  @Test
  void onlyAnAccordMadeOrRecalledByItsNounCounts() {
    Discourse signed = new Discourse();
    Readings.drafts("accord-memorandum", signed);
    assertThat(Readings.claims("accord-welcomed", signed)).noneMatch(c -> c.contains("Kenya"));
    Discourse d = new Discourse();
    Readings.drafts("accord-signed", d);
    assertThat(Readings.claims("accord-welcomed-a", d)).noneMatch(c -> c.contains("Armenia"));
  }

  @Test
  void anAccordToldInTheLeadIsRecalledByTheReactionsADozenSentencesLater() {
    Discourse d = new Discourse();
    Readings.drafts("accord-signed", d);
    d.set(CondemnedDeeds.SENTENCES, d.get(CondemnedDeeds.SENTENCES).orElse(0) + 12);
    assertThat(Readings.claims("accord-welcomed", d)).contains("European Union SUPPORT Armenia");
  }

  @Test
  void anAccordToldLongBeforeIsNotRecalled() {
    Discourse d = new Discourse();
    Readings.drafts("accord-signed", d);
    d.set(CondemnedDeeds.SENTENCES, d.get(CondemnedDeeds.SENTENCES).orElse(0) + 31);
    assertThat(Readings.claims("accord-welcomed", d)).noneMatch(c -> c.contains("Armenia"));
  }

  @Test
  void twoSidesAgreeingWhatTheyWillDoMakeAnAccord() {
    Discourse d = new Discourse();
    Readings.drafts("accord-agreed-to", d);
    assertThat(Readings.claims("accord-welcomed", d))
        .containsExactlyInAnyOrder("European Union SUPPORT Chile", "European Union SUPPORT Bolivia");
  }

  @Test
  void aDealOfAnotherYearIsNotTheOneJustMade() {
    Discourse d = new Discourse();
    Readings.drafts("accord-signed", d);
    assertThat(Readings.claims("accord-welcomed-year", d)).noneMatch(c -> c.contains("Armenia"));
  }

  @Test
  void aStatesPeopleAreNoSideToAnAccord() {
    Discourse d = new Discourse();
    assertThat(Readings.claims("accord-people-agreed", d)).contains("Kenya SUPPORT Ugandan nationals");
    assertThat(Readings.claims("accord-welcomed", d)).noneMatch(c -> c.contains("Ugandan") || c.contains("Kenya"));
  }

  @Test
  void anOfficialOfNoKnownStateWelcomingTheDealBacksOnlyTheSideAbroadOfTheStoryFiledFromHisState() {
    Discourse d = new Discourse();
    Readings.drafts("accord-imf-signed", d);
    assertThat(Readings.claims("accord-minister-welcomed", d)).anyMatch(c -> c.endsWith("SUPPORT Kenya"));
    Discourse filed = afterKenyasImfDealFiledFromNairobi();
    assertThat(Readings.claims("accord-minister-welcomed", filed)).noneMatch(c -> c.endsWith("SUPPORT Kenya"))
        .anyMatch(c -> c.endsWith("SUPPORT International Monetary Fund"));
  }

  @Test
  void anOfficialOfAnotherKnownStateWelcomingTheDealBacksBothSides() {
    Discourse filed = afterKenyasImfDealFiledFromNairobi();
    assertThat(Readings.claims("accord-foreign-minister-welcomed", filed)).anyMatch(c -> c.endsWith("SUPPORT Kenya"))
        .anyMatch(c -> c.endsWith("SUPPORT International Monetary Fund"));
  }
}
