package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllegiancesTest {

  @Test
  void troopsSentToFightForAStateBackIt() {
    assertThat(Readings.claims("fight-for")).containsExactly("North Korea SUPPORT Russia");
  }

  @Test
  void fightersAlongsideAnArmyBackIt() {
    Readings.Reading r = Readings.of("fought-for-relcl");
    assertThat(Allegiances.backs(r.graph(), r.node("fought"))).isTrue();
    assertThat(Readings.claims("fought-for-relcl")).containsExactly("whose mercenaries SUPPORT Libyan National Army");
  }

  @Test
  void aFoeNamedKeepsTheFightAgainstItAndTheAllyIsNoFoe() {
    Readings.Reading r = Readings.of("fought-alongside");
    assertThat(Allegiances.allies(r.graph(), r.node("fought"))).extracting(w -> w.word()).containsExactly("forces");
    assertThat(Allegiances.backs(r.graph(), r.node("fought"))).isFalse();
    assertThat(Readings.claims("fought-alongside")).containsExactly("Chadian troops OPPOSE militants");
  }

  @Test
  void theSideFoughtForIsNoFoeEvenWhenTheFoeNamesNoActor() {
    assertThat(Readings.claims("fought-for-against")).noneMatch(c -> c.contains("OPPOSE Syrian government"));
  }

  @Test
  void whatIsFoughtForIsNoActorFoughtFor() {
    assertThat(Readings.claims("fought-for-control")).noneMatch(c -> c.contains("Khartoum"));
  }
}
