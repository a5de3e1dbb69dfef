package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorKind;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  @Test
  void aNamedOrganisationOfAGroupIsOneOrganisation() {
    Readings.Reading r = Readings.of("org-of-group");
    NamedEntityNames.add(r.graph());
    assertThat(r.graph().mentionOf(r.node("Unions")).text()).isEqualTo("Congress of Zambian Trade Unions");
    assertThat(r.graph().mentionOf(r.node("Congress")).actor().kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(Readings.drafts("org-of-group")).singleElement().satisfies(d -> {
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target()).hasValueSatisfying(t -> {
        assertThat(t.text()).isEqualTo("Congress of Zambian Trade Unions");
        assertThat(t.actor().isAdHoc()).isTrue();
      });
    });
  }

  @Test
  void aMentionOutsideTheNameKeepsItsActor() {
    Readings.Reading r = Readings.of("org-of-group");
    assertThat(r.graph().mentionOf(r.node("president")).actor().id()).isEqualTo("GHAGOV");
  }

  @Test
  void aBankOfARegionIsOneOrganisationThoughTheRegionEndsInAStatesName() {
    assertThat(Readings.claims("bank-of-latin-america"))
        .containsExactly("Development Bank of Latin America SUPPORT Bolivia");
  }
}
