package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class DescribingNounsTest {

  /** The article's memory after the fixtures, read in order. */
  private static Discourse after(String... ids) {
    Discourse d = new Discourse();
    for (String id : ids) {
      new ClaimReader(Readings.LEX).read(Readings.of(id, null, d).ctx());
    }
    return d;
  }

  @Test
  void anOrganisationIntroducedInAppositionAsAUnionIsTheUnionTargetedLater() {
    assertThat(Readings.drafts("described-target", after("described-intro-apposed"))).singleElement()
        .satisfies(x -> {
          assertThat(x.holder().actor().id()).isEqualTo("CHL");
          assertThat(x.target().orElseThrow().actor().name()).isEqualTo("CGT");
        });
  }

  @Test
  void anOrganisationIntroducedAfterItsKindHoldsTheStanceOfTheUnionLater() {
    assertThat(Readings.drafts("described-holder", after("described-intro-before"))).singleElement()
        .satisfies(x -> {
          assertThat(x.holder().actor().name()).isEqualTo("Sindicato Unico");
          assertThat(x.target().orElseThrow().actor().id()).isEqualTo("CHL");
        });
  }

  @Test
  void twoUnionsMakeTheUnionNobodys() {
    assertThat(Readings.drafts("described-target", after("described-intro-apposed", "described-intro-before")))
        .allSatisfy(x -> assertThat(x.target()).isEmpty());
  }

  @Test
  void aUnionWithWordsOfItsOwnIsNoUnionIntroducedBefore() {
    assertThat(Readings.drafts("described-modified", after("described-intro-apposed")))
        .noneMatch(x -> x.target().filter(t -> t.actor().name().equals("CGT")).isPresent());
  }

  @Test
  void withNoUnionIntroducedTheUnionIsNobody() {
    assertThat(Readings.drafts("described-target", new Discourse()))
        .allSatisfy(x -> assertThat(x.target()).isEmpty());
  }

  @Test
  void aUnionNamedInARelativeClauseAfterANameIsNoDescriptionOfIt() {
    assertThat(Readings.drafts("described-target", after("described-relative")))
        .allSatisfy(x -> assertThat(x.target()).isEmpty());
  }
}
