package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ExtendedNamesTest {

  @Test
  void membersOfAFrontTheCatalogKnowsOnlyTheStartOfStandForTheWholeFront() {
    Readings.Reading r = Readings.of("members-of-extended-front");
    NamedEntityNames.add(r.graph());
    assertThat(r.graph().mentionOf(r.node("Front")).text()).isEqualTo("Popular Resistance Front");
    assertThat(r.graph().mentionOf(r.node("Popular")).actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.drafts("members-of-extended-front")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Soldiers");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> {
        assertThat(t.text()).isEqualTo("Popular Resistance Front");
        assertThat(t.actor().isAdHoc()).isTrue();
      });
    });
  }

  @Test
  void aOneWordCatalogNameBeforeItsKindOfGroupKeepsItsActor() {
    Readings.Reading r = Readings.of("taliban-movement-rejected");
    NamedEntityNames.add(r.graph());
    assertThat(r.graph().mentionOf(r.node("Taliban")).actor().id()).isEqualTo("taliban");
  }

  @Test
  void aBodysCommissionIsTheBodyNotANewOrganisation() {
    assertThat(Readings.claimIds("union-commission")).isNotEmpty().allMatch(c -> c.startsWith("african-union "));
  }
}
