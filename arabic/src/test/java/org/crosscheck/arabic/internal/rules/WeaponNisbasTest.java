package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeaponNisbasTest {

  @Test
  void weaponWithADemonymIsTheStatesForces() {
    Reading r = Fixture.of("أصاب صاروخ إسرائيلي منزلا في القرية.").reading(
        "اصاب/VBD صاروخ/NN اسرائيلي/JJ منزلا/NN في/IN القرية/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(1)).isNotNull();
    assertThat(r.mention(1).actor().id()).isEqualTo("ISRMIL");
    assertThat(r.mention(1).last()).isEqualTo(2);
  }

  @Test
  void weaponWithoutADemonymIsNoActor() {
    Reading r = Fixture.of("أصاب صاروخ منزلا في القرية.").reading(
        "اصاب/VBD صاروخ/NN منزلا/NN في/IN القرية/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(1)).isNull();
  }

  @Test
  void militaryVehicleWithADemonymIsTheStatesForces() {
    Reading r = Fixture.of("رشق المحتجون جرافات إسرائيلية بالحجارة.").reading(
        "رشق/VBD المحتجون/DTNNS جرافات/NNS اسرائيلية/JJ ب/IN الحجارة/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(2).actor().id()).isEqualTo("ISRMIL");
  }
}
