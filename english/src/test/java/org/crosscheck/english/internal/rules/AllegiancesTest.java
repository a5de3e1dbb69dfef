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
  void aFoeNamedKeepsTheFightAgainstItAndTheAllyIsBackedBesides() {
    Readings.Reading r = Readings.of("fought-alongside");
    assertThat(Allegiances.allies(r.graph(), r.node("fought"))).extracting(w -> w.word()).containsExactly("forces");
    assertThat(Allegiances.backs(r.graph(), r.node("fought"))).isFalse();
    assertThat(Readings.claims("fought-alongside"))
        .containsExactly("Chadian troops OPPOSE militants", "Chadian troops SUPPORT French forces");
  }

  @Test
  void aFoeAsTheObjectIsAFoeToo() {
    Readings.Reading r = Readings.of("fight-rebels-alongside");
    assertThat(Allegiances.backs(r.graph(), r.node("fight"))).isFalse();
    assertThat(Readings.claims("fight-rebels-alongside"))
        .containsExactly("Burundi OPPOSE rebels", "Burundi SUPPORT Congolese troops");
  }

  @Test
  void theSideFoughtForIsNoFoeEvenWhenTheFoeNamesNoActor() {
    assertThat(Readings.claims("fought-for-against")).containsExactly("Hezbollah fighters SUPPORT Syrian government");
  }

  @Test
  void whatIsFoughtForIsNoActorFoughtFor() {
    assertThat(Readings.claims("fought-for-control")).noneMatch(c -> c.contains("Khartoum"));
  }
}
