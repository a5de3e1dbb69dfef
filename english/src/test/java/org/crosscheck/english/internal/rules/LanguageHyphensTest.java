package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageHyphensTest {

  @Test
  void aDemonymHyphenatedToSpeakingNamesNoState() {
    Readings.Reading r = Readings.of("protested-french-speaking");
    assertThat(LanguageHyphens.at(r.graph(), r.graph().idx(r.node("French")))).isTrue();
    assertThat(r.graph().demonym(r.node("French"))).isNull();
    assertThat(Readings.claims("protested-french-speaking")).noneMatch(c -> c.contains("French"));
  }

  @Test
  void aDemonymHyphenatedToAnotherWordStillNamesItsState() {
    Readings.Reading r = Readings.of("protested-french-hyphen-owned");
    assertThat(LanguageHyphens.at(r.graph(), r.graph().idx(r.node("French")))).isFalse();
    assertThat(r.graph().demonym(r.node("French"))).isNotNull();
  }
}
