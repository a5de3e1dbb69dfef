package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class EventCodesTest {

  private static final EventCodes EVENTS = ArabicLexicon.get().events;

  @Test
  void codesCarryTheirLabelAndTheStanceOfTheirFamily() {
    assertThat(EVENTS.event("190").stance()).isEqualTo(Stance.OPPOSE);
    assertThat(EVENTS.event("051").stance()).isEqualTo(Stance.SUPPORT);
    assertThat(EVENTS.event("1411").label()).isNotBlank();
  }

  @Test
  void generatedVerbsAreLoadedWithTheWordsTheyNeedAfterThem() {
    assertThat(EVENTS.verbs()).anyMatch(v -> v.lemma().equals("هاجم") && v.following().isEmpty());
    assertThat(EVENTS.verbs()).anyMatch(v -> v.lemma().equals("اطلق") && v.following().equals(List.of("نار")));
  }

  @Test
  void wordsAfterTheVerbMayStandAShortGapApart() {
    List<String> after = List.of("ال", "نار");
    assertThat(EventCodes.matches(List.of("نار"), after.size(), (k, w) -> after.get(k).equals(w))).isTrue();
    assertThat(EventCodes.matches(List.of("ماء"), after.size(), (k, w) -> after.get(k).equals(w))).isFalse();
  }

  @Test
  void aVerbWithNoPatternAfterItKeepsItsOwnCode() {
    assertThat(EVENTS.refine("هاجم", 0, (k, w) -> false)).isEqualTo(Optional.empty());
  }

  @Test
  void demonstrationNeedsNoTarget() {
    assertThat(EVENTS.untargeted("141")).isTrue();
  }
}
