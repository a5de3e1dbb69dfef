package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class GenericBodiesTest {

  private static Discourse filedFrom(String stateId, String place) {
    Discourse d = new Discourse();
    d.set(RecalledInstitutions.DATELINE_STATE, ActorRef.of(Readings.CATALOG.actor(stateId).orElseThrow(), place));
    return d;
  }

  @Test
  void aSenateOwnedByAStateIsThatStatesLegislature() {
    assertThat(Readings.drafts("generic-body-poss")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("PERLEG");
      assertThat(d.holder().text()).isEqualTo("Peru's Senate");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("CHL");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aSenateNamedWithADemonymIsThatStatesLegislature() {
    assertThat(Readings.drafts("generic-body-demonym")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("GHALEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("TGO");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void theSenateOfAStateIsThatStatesLegislatureWhereverTheStoryWasFiled() {
    assertThat(Readings.drafts("generic-body-of", filedFrom("GHA", "ACCRA"))).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("PERLEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("BOL");
    });
  }

  @Test
  void aSenateOwnedByTheCatalogsOwnStateKeepsTheCatalogsBody() {
    assertThat(Readings.drafts("generic-body-own")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("USAGOVLEG"));
  }

  @Test
  void aSenateOwnedByAPersonKeepsTheCatalogsBody() {
    assertThat(Readings.drafts("generic-body-person", filedFrom("PER", "LIMA"))).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("USAGOVLEG"));
  }

  @Test
  void theBareSenateInAStoryFiledFromAnotherStateIsThatStatesLegislature() {
    assertThat(Readings.drafts("generic-body-bare", filedFrom("PER", "LIMA"))).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("PERLEG");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("IRN");
    });
  }

  @Test
  void theBareSenateInAStoryFiledFromTheCatalogsStateOrFromNowhereKeepsTheCatalogsBody() {
    assertThat(Readings.drafts("generic-body-bare", filedFrom("USA", "WASHINGTON"))).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("USAGOVLEG"));
    assertThat(Readings.drafts("generic-body-bare")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("USAGOVLEG"));
  }
}
