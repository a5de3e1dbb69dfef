package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class EmbassiesTest {

  @Test
  void aProtestAtAMissionIsAgainstTheStateItIsOf() {
    for (String id : new String[] {"embassy-rally", "embassy-protest-noun"}) {
      assertThat(Readings.drafts(id)).as(id).anySatisfy(d -> {
        assertThat(d.holder().text()).isEqualTo("Chilean students");
        assertThat(d.target().orElseThrow().text()).isEqualTo("Peruvian embassy");
        assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
        assertThat(d.fallbackTarget()).as("the mission's state, not the sentence's one other actor").isFalse();
      });
    }
  }

  @Test
  void whatElseHappensOutsideAnEmbassyIsNotAimedAtIt() {
    assertThat(Readings.drafts("embassy-fire")).isNotEmpty()
        .noneMatch(d -> d.target().isPresent() && !d.fallbackTarget());
  }
}
