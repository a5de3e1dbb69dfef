package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TakenGiftsTest {

  @Test
  void loansAcceptedFromAGiverAreTheGiversSupportNotTheTakers() {
    Readings.Reading r = Readings.of("gift-accepted-loans");
    assertThat(TakenGifts.taken(r.graph(), r.node("accepted"))).isTrue();
    assertThat(Readings.claims("gift-accepted-loans")).containsExactly("Japan SUPPORT Mongolia");
  }

  @Test
  void aidAcceptedFromADemonymIsTheGiversSupportNotTheTakers() {
    assertThat(Readings.claims("gift-accepted-demonym")).containsExactly("Romanian SUPPORT Moldova");
  }

  @Test
  void anAcceptedPlanIsStillTheTakersAssent() {
    Readings.Reading r = Readings.of("gift-accepted-plan");
    assertThat(TakenGifts.taken(r.graph(), r.node("accepted"))).isFalse();
    assertThat(Readings.claims("gift-accepted-plan")).containsExactly("Mongolia SUPPORT Japanese");
  }

  @Test
  void aidRejectedIsStillTheRejectersRebuff() {
    Readings.Reading r = Readings.of("gift-rejected-aid");
    assertThat(TakenGifts.taken(r.graph(), r.node("rejected"))).isFalse();
    assertThat(Readings.claims("gift-rejected-aid")).containsExactly("Moldova OPPOSE Russia");
  }
}
