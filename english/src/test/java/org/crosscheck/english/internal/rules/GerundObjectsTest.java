package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class GerundObjectsTest {

  @Test
  void aGerundReadAsANamesAdjectiveTakesTheNameAsObjectAndTheClausesSubject() {
    assertThat(Readings.drafts("gerund-while")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("accusing");
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Bolivia");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
    assertThat(Readings.drafts("gerund-by")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("backing");
      assertThat(d.holder().text()).isEqualTo("Chile");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Bolivia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void aGerundBeforeACommonNounIsLeftAsTheParserReadIt() {
    Readings.Reading r = Readings.of("gerund-adjective2");
    assertThat(GerundObjects.object(r.graph(), r.node("leading"))).isNull();
  }

  @Test
  void aGerundAfterADeterminerIsAnAdjective() {
    // "the visiting Evo Morales": Chile visits nobody.
    assertThat(Readings.drafts("gerund-determiner")).noneMatch(d -> d.cue().contains("visiting"));
  }

  @Test
  void aGerundMisreadAsTheAdjectiveOfItsObjectMakesThePhraseADeedNotAThingOwned() {
    assertThat(Readings.claims("accused-of-misread-gerund")).doesNotContain("Russian embassy OPPOSE Mali");
    Readings.Reading r = Readings.of("accused-of-misread-gerund");
    assertThat(GerundObjects.misread(r.graph(), r.graph().node(10))).isEqualTo(r.graph().node(7));
    assertThat(GerundObjects.misread(r.graph(), r.graph().node(5))).isNull();
  }
}
