package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SumsTest {

  @Test
  void theDemonymOfACurrencyIsNoPartyToTheGift() {
    Readings.Reading r = Readings.of("sums-currency-demonym");
    assertThat(Sums.currencyOnly(r.graph(), r.node("dollars"), r.node("Australian"))).isTrue();
    assertThat(Readings.claims("sums-currency-demonym")).containsExactly("Saudi Arabia SUPPORT Fiji");
  }

  @Test
  void aSumPledgedInACurrencyNounIsGivenNotSaid() {
    Readings.Reading r = Readings.of("sums-pledged-euros");
    assertThat(Sums.given(r.graph(), r.node("pledged"))).isTrue();
    assertThat(Readings.claims("sums-pledged-euros")).containsExactly("EU SUPPORT Jordan");
  }

  @Test
  void aSumPledgedWithACurrencySignIsGivenNotSaid() {
    assertThat(Readings.claims("sums-pledged-dollar-sign")).containsExactly("Canada SUPPORT Sudan");
  }

  @Test
  void aPledgeOfWordsStillReportsThem() {
    Readings.Reading r = Readings.of("sums-pledged-words");
    assertThat(Sums.given(r.graph(), r.node("pledged"))).isFalse();
    assertThat(Sums.sum(r.graph(), r.node("Bolivia"))).isFalse();
  }

  @Test
  void aNameThatOnlySaysWhichCurrencyIsNoActor() {
    assertThat(Readings.claims("currency-seized")).noneMatch(c -> c.contains("U.S."));
    Readings.Reading r = Readings.of("currency-seized");
    assertThat(r.graph().mentionOf(r.node("U.S."))).isNull();
    assertThat(Readings.claims("currency-aid")).containsExactly("Australia SUPPORT Fiji");
  }

  @Test
  void aStateWhoseNameEndsInACurrencysWordIsStillTheState() {
    Readings.Reading r = Readings.of("sierra-leone-name");
    assertThat(Sums.currencyName(r.graph(), r.graph().mentionOf(r.node("Leone")))).isFalse();
    assertThat(Readings.claims("sierra-leone-name")).contains("Guinea OPPOSE Sierra Leone");
  }

  @Test
  void aDemonymBeforeACurrencyNamesNoParty() {
    Readings.Reading r = Readings.of("currency-demonym");
    assertThat(r.graph().demonym(r.node("Danish"))).isNull();
    assertThat(Readings.claims("currency-demonym")).isEmpty();
  }
}
