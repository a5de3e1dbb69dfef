package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionsTest {

  @Test
  void talkASourceIsNotAuthorisedToHoldIsNoContact() {
    assertThat(Readings.claims("permission-discuss")).isEmpty();
  }

  @Test
  void theTalkItselfStillCounts() {
    Readings.Reading r = Readings.of("permission-discuss");
    assertThat(Permissions.talkAllowed(r.graph(), r.node("spoke"))).isFalse();
  }

  @Test
  void whatASourceSpeaksUnderAnonymityToDiscussIsNoContactEither() {
    assertThat(Readings.drafts("anonymity-discuss")).noneMatch(d -> d.cue().contains("discuss"));
  }

  @Test
  void whereAThingLetThroughGoesIsNoPartyThePermissionBacks() {
    Readings.Reading r = Readings.of("allowed-thing");
    assertThat(Permissions.thingAllowed(r.graph(), r.node("exports"), r.node("Kenya"))).isTrue();
    assertThat(Readings.claims("allowed-thing")).containsExactly("Ethiopia SUPPORT -");
  }

  @Test
  void aPartOfAnActorLetInStandsForItsWhole() {
    Readings.Reading r = Readings.of("allowed-delegation");
    assertThat(Permissions.thingAllowed(r.graph(), r.node("delegation"), r.node("Hamas"))).isFalse();
    assertThat(Readings.claims("allowed-delegation")).containsExactly("Egypt SUPPORT Hamas");
  }

  @Test
  void whoseTheThingLetThroughIsStillBacked() {
    Readings.Reading r = Readings.of("allowed-owned-planes");
    assertThat(Readings.claims("allowed-owned-planes")).contains("Mali OPPOSE European Union");
  }
}
