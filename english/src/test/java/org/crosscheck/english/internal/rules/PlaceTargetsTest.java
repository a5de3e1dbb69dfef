package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTargetsTest {

  @Test
  void strikesOnVillagesTakeNoPartyToTheTruceAsTarget() {
    Readings.Reading r = Readings.of("strikes-on-villages");
    assertThat(PlaceTargets.aimedAtPlace(r.graph(), r.node("strikes"), true)).isTrue();
    // A strike with no party named is no claim of a noun; it is certainly none toward Hezbollah.
    assertThat(Readings.drafts("strikes-on-villages"))
        .noneMatch(d -> d.target().filter(t -> t.actor().id().equals("hezbollah")).isPresent());
  }

  @Test
  void aPartyNamedAsTheTargetIsNoPlace() {
    Readings.Reading r = Readings.of("border-near");
    assertThat(PlaceTargets.aimedAtPlace(r.graph(), r.node("raided"), false)).isFalse();
  }
}
