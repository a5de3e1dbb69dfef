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

  @Test
  void weaponThatBelongsToForcesIsThoseForces() {
    Reading r = Fixture.of("اقترب زورق سريع تابع للبحرية الإيرانية من الناقلة.").reading(
        "اقترب/VBD زورق/NN سريع/JJ تابع/JJ ل/IN البحرية/DTNN الايرانية/DTJJ من/IN الناقلة/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(1)).isNotNull();
    assertThat(r.mention(1).actor().id()).isEqualTo("IRNMIL");
  }

  @Test
  void unmannedAircraftThatBelongsToAnArmedGroupIsThatGroup() {
    Reading r = Fixture.of("أطلقت طائرة بلا طيار تابعة لحركة حماس صاروخا على الموقع.").reading(
        "اطلقت/VBD طائرة/NN ب/IN لا/RP طيار/NN تابعة/JJ ل/IN حركة/NN حماس/NNP صاروخا/NN على/IN الموقع/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(1)).isNotNull();
    assertThat(r.mention(1).actor().id()).isEqualTo("hamas");
  }

  @Test
  void weaponThatBelongsToACompanyIsNoActor() {
    Reading r = Fixture.of("أصابت طائرة تابعة لشركة الشحن منزلا في القرية.").reading(
        "اصابت/VBD طائرة/NN تابعة/JJ ل/IN شركة/NN الشحن/DTNN منزلا/NN في/IN القرية/DTNN ./PUNC");
    CommonActors.add(r);
    assertThat(r.mention(1)).isNull();
  }
}
