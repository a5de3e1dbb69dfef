package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Modality;
import org.junit.jupiter.api.Test;

class ModalitiesTest {

  private static Modality modality(String id, String cue) {
    Readings.Reading r = Readings.of(id);
    return Modalities.of(r.graph(), r.node(cue), null);
  }

  @Test
  void modalAuxiliaryHedges() {
    assertThat(modality("could-help", "help")).isEqualTo(Modality.HEDGED);
  }

  @Test
  void futureAuxiliaryIsFuture() {
    assertThat(modality("will-support", "support")).isEqualTo(Modality.FUTURE);
  }

  @Test
  void conditionPhraseMakesItConditional() {
    assertThat(modality("if-necessary", "defend")).isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void plainStatementIsAsserted() {
    assertThat(modality("passive-agent", "condemned")).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void whatAnAccusationSaysIsHedgedAndTheAccusationItselfAsserted() {
    assertThat(Readings.drafts("allegation-possessive-voice")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("supplies");
      assertThat(d.modality()).isEqualTo(org.crosscheck.Modality.HEDGED);
    }).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("accusation");
      assertThat(d.modality()).isEqualTo(org.crosscheck.Modality.ASSERTED);
    });
  }

  @Test
  void aContactSomeoneIsDueToMakeIsFuture() {
    assertThat(modality("due-to-travel", "travel")).isEqualTo(Modality.FUTURE);
  }
}
