package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class UndergoneNounsTest {

  @Test
  void comingUnderFireFromSomeoneIsTheirOppositionToTheSubject() {
    assertThat(Readings.drafts("undergone-fire-from")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan officials");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Joseph Kamau"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void criticismDrawnFromSomeoneIsTheirsWhenTheParserHangsTheFromPhraseOnTheVerb() {
    assertThat(Readings.drafts("undergone-criticism-from-on-verb")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Kenyan officials");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("Joseph Kamau"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void fireNobodyUndergoesIsNoStance() {
    assertThat(StanceCues.find(Readings.of("undergone-fire-not-undergone").graph()))
        .noneMatch(c -> c.text().contains("Fire"));
    assertThat(Readings.drafts("undergone-fire-not-undergone")).noneMatch(d -> d.cue().contains("Fire"));
  }

  @Test
  void fromPhraseOfAVerbThatSeeksIsWhomItIsSoughtFromNotTheHolder() {
    Readings.Reading r = Readings.of("undergone-support-sought-from");
    assertThat(UndergoneNouns.holdersOnVerb(r.graph(), r.node("support"))).isEmpty();
    assertThat(Readings.drafts("undergone-support-sought-from")).noneMatch(d -> d.holder().text().contains("Kamau"));
  }

  @Test
  void angerFacedFromSomeoneIsTheirOppositionToTheSubject() {
    assertThat(Readings.claims("faced-anger")).containsExactly("Peru OPPOSE Chile");
    assertThat(Readings.claims("faced-anger-dem")).containsExactly("Peruvian OPPOSE Chile");
  }
}
