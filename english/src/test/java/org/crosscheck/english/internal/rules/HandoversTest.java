package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandoversTest {

  @Test
  void aPersonHandedOverIsNoTargetButWhomHeIsHandedToIs() {
    assertThat(Readings.claims("handover-refused")).containsExactly("Burundi OPPOSE International Criminal Court");
    assertThat(Readings.claims("handover-plain")).containsExactly("Poland SUPPORT Belarus");
    assertThat(Readings.claims("handover-catalogued")).containsExactly("Russia OPPOSE International Criminal Court");
  }

  @Test
  void aPersonHandedOverInASwapBacksNeitherSide() {
    assertThat(Readings.claims("handover-swap")).containsExactly("Poland SUPPORT -");
  }

  @Test
  void aPersonReleasedInReturnBacksNoOneAndAPlainReleaseIsNoHandover() {
    assertThat(Readings.claims("handover-in-return")).contains("France SUPPORT -").noneMatch(c -> c.endsWith("Rezaei"));
    Readings.Reading plain = Readings.of("handover-release-plain");
    assertThat(Handovers.delivered(plain.graph(), plain.node("released"))).isNull();
  }

  @Test
  void aThingHandedOverIsLeftToTheOtherRules() {
    Readings.Reading r = Readings.of("handover-thing");
    assertThat(Handovers.delivered(r.graph(), r.node("handed"))).isNull();
    assertThat(Readings.claims("handover-thing")).containsExactly("Japan SUPPORT Philippines");
  }

  @Test
  void aHandoverAskedForIsNoStanceTowardThePersonDelivered() {
    assertThat(Readings.claims("urged-not-hand-over")).noneMatch(c -> c.contains("SUPPORT") || c.contains("OPPOSE"));
    assertThat(Readings.claims("urged-hand-over-to"))
        .containsExactlyInAnyOrder("Amnesty International NEUTRAL Kenya", "Amnesty International OPPOSE Uganda");
  }

  @Test
  void aHandoverAgreedToIsNoSupportOfThePersonDelivered() {
    assertThat(Readings.claims("agreed-hand-over")).isEmpty();
  }

  @Test
  void aPersonNamedByAnOfficeHandedOverIsNoOneTheHandoverBacks() {
    Readings.Reading r = Readings.of("extradites-leader-headline");
    assertThat(Handovers.delivered(r.graph(), r.node("extradites"))).isNotNull();
    assertThat(Readings.drafts("extradites-leader-headline")).noneMatch(d -> d.target().isPresent());
    assertThat(Readings.claims("extradited-to-capital")).containsExactly("Nigeria SUPPORT Yaounde");
  }

  @Test
  void peopleDescribedByAGroupNounAskedForAreNoTargetOfTheRequest() {
    assertThat(Readings.claims("asked-to-extradite-group")).containsExactly("Kazakhstan NEUTRAL Turkey");
  }

  @Test
  void peopleDescribedByAGroupNounARefusedExtraditionSparesAreNotOpposed() {
    assertThat(Readings.claims("refused-to-extradite-group")).containsExactly("Dutch court OPPOSE -");
  }

  @Test
  void militantsHandedOverAreNoTargetButWhomTheyAreHandedToIs() {
    assertThat(Readings.claims("handed-over-militants")).containsExactly("Iraq SUPPORT Syria");
  }

  @Test
  void aPlaceNotHandedToAGroupIsNoPartyTheGroupIs() {
    assertThat(Readings.claims("not-hand-city-to-militia")).containsExactly("Yasir al-Atta OPPOSE militia");
  }
}
