package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void aPersonWhoseSurnameIsAStatesNameIsThePersonNotTheState() {
    assertThat(Readings.drafts("person-place-surname")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Paul Jordan");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.PERSON);
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void aStatesNameTheTaggerTakesForAPersonByItselfStaysTheState() {
    assertThat(Readings.drafts("person-place-alone")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Jordan");
      assertThat(d.holder().actor().kind()).isEqualTo(ActorKind.STATE);
    });
  }

  @Test
  void aPlaceTheTaggerReadsAsAPlaceBesideAPersonIsNoPartOfTheName() {
    Readings.Reading r = Readings.of("person-place-beside");
    assertThat(Readings.drafts("person-place-beside")).noneMatch(d -> d.holder().text().equals("Ukraine Zelensky"));
    assertThat(r.graph().mentionAt(0).text()).isEqualTo("Ukraine");
  }
}
