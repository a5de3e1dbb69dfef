package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class SumsTest {

  @Test
  void theDemonymOfACurrencyIsNoPartyToTheGift() {
    Readings.Reading r = Readings.of("sums-currency-demonym");
    assertThat(Sums.currencyOnly(r.graph(), r.node("dollars"), r.node("Australian"))).isTrue();
    assertThat(Readings.drafts("sums-currency-demonym")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Saudi Arabia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Fiji");
    });
  }

  @Test
  void aSumPledgedInACurrencyNounIsGivenNotSaid() {
    Readings.Reading r = Readings.of("sums-pledged-euros");
    assertThat(Sums.given(r.graph(), r.node("pledged"))).isTrue();
    assertThat(Readings.drafts("sums-pledged-euros")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("EU");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Jordan");
    });
  }

  @Test
  void aSumPledgedWithACurrencySignIsGivenNotSaid() {
    assertThat(Readings.drafts("sums-pledged-dollar-sign")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Canada");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Sudan");
    });
  }

  @Test
  void aPledgeOfWordsStillReportsThem() {
    Readings.Reading r = Readings.of("sums-pledged-words");
    assertThat(Sums.given(r.graph(), r.node("pledged"))).isFalse();
    assertThat(Sums.sum(r.graph(), r.node("Bolivia"))).isFalse();
  }
}
