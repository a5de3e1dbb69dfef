package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class DraftAuthorsTest {

  @Test
  void vetoOfAHyphenDraftedResolutionOpposesItsDrafter() {
    assertThat(Readings.drafts("vote-drafted-hyphen")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("MEX"));
    });
  }

  @Test
  void vetoOfADraftedCouncilResolutionOpposesTheDrafterNotTheCouncil() {
    assertThat(Readings.drafts("vote-drafted-hyphen-venue")).isNotEmpty().allSatisfy(d -> {
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("NOR"));
    });
  }

  @Test
  void aHyphenatedParticipleOfAnotherActIsNoAuthor() {
    Readings.Reading r = Readings.of("vote-drafted-not-drafting");
    assertThat(DraftAuthors.of(r.graph(), r.node("policy"), List.of())).isNull();
  }

  @Test
  void aBodyAdoptingAMembersDraftBacksNoAuthor() {
    Readings.Reading r = Readings.of("adopted-drafted-resolution");
    assertThat(DraftAuthors.of(r.graph(), r.node("resolution"), List.of())).isNull();
    assertThat(Readings.drafts("adopted-drafted-resolution")).noneMatch(d -> d.target().isPresent());
    Readings.Reading passive = Readings.of("adopted-drafted-passive");
    assertThat(DraftAuthors.of(passive.graph(), passive.node("resolution"), List.of())).isNull();
  }
}
