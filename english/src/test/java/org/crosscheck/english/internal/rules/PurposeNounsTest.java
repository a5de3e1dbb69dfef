package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurposeNounsTest {

  @Test
  void anInfinitiveOfPurposeTaggedAsANounServesTheVerbItHangsOn() {
    Readings.Reading r = Readings.of("purpose-noun");
    assertThat(PurposeNouns.servedVerb(r.graph(), r.node("protest")).word()).isEqualTo("blocked");
    assertThat(Readings.drafts("purpose-noun")).filteredOn(d -> d.cue().equals("protest")).singleElement()
        .satisfies(d -> {
          assertThat(d.holder().text()).isEqualTo("villagers");
          assertThat(d.target().orElseThrow().text()).isEqualTo("Turkey");
        });
  }

  @Test
  void aNounWithADeterminerIsANoun() {
    Readings.Reading r = Readings.of("light-verb-noun");
    assertThat(PurposeNouns.servedVerb(r.graph(), r.node("offensive"))).isNull();
  }
}
