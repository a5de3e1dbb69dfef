package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class OwnedGroupsTest {

  @Test
  void theFightersOfAPossessivePronounAreTheNamedGroups() {
    Readings.Reading r = Readings.of("its-fighters");
    assertThat(OwnedGroups.owner(r.graph(), r.node("its")).actor().id()).isEqualTo("hezbollah");
    assertThat(Readings.drafts("its-fighters")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("Hezbollah fighters");
      assertThat(d.holder().actor().memberOf()).extracting(f -> f.actor()).containsExactly("hezbollah");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ISR");
    });
  }

  @Test
  void anAdjectiveAfterThePossessiveLeavesTheEnvoyTheOrganisations() {
    assertThat(Readings.drafts("owned-envoy-of-union")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("African Union envoy");
      assertThat(d.holder().actor().memberOf()).extracting(f -> f.actor()).containsExactly("african-union");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("KEN");
    });
  }

  @Test
  void anOrganisationNamedBeforeTheEnvoyKeepsTheWordsWritten() {
    assertThat(Readings.drafts("org-compound-envoy")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().name()).isEqualTo("AU special envoy");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("KEN");
    });
  }

  @Test
  void aProtestByTheHoldersOwnMembersIsNotTowardThem() {
    assertThat(Readings.claims("strike-by-own-members")).containsExactly("Ghana Medical Association SUPPORT doctors");
  }

  @Test
  void aProtestByAGroupTheTextNamesIsTowardThatGroup() {
    assertThat(Readings.claims("strike-by-named-group")).containsExactly("Kenya Medical Association OPPOSE dockers");
  }

  @Test
  void theMinistryOfAnAbsoluteClauseIsTheMainSubjectsNotTheApposedName() {
    assertThat(Readings.drafts("its-ministry-absolute-with"))
        .filteredOn(d -> d.holder().text().equals("its foreign ministry"))
        .singleElement().satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("KENGOV"));
  }

  @Test
  void whoseTroopsAreTheTroopsOfTheNameTheRelativeClauseIsAbout() {
    assertThat(Readings.drafts("whose-troops")).filteredOn(d -> d.cue().equals("fought")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).startsWith("UGA"));
  }

  @Test
  void whoseSupportersOfAPersonAreNoGroupCalledWhoseSupporters() {
    assertThat(Readings.drafts("whose-person")).noneMatch(d -> d.holder().text().contains("whose"));
  }
}
