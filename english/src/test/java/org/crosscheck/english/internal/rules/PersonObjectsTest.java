package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonObjectsTest {

  @Test
  void anActDoneToHimTakesNoOtherActorOfTheSentenceAsItsTarget() {
    assertThat(Readings.drafts("person-object-fallback")).filteredOn(d -> d.cue().equals("detained")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aReactionDoneToHimAnswersNotTheDoerOfWhatPromptedIt() {
    assertThat(Readings.drafts("him-not-plural")).filteredOn(d -> d.cue().contains("expel")).singleElement()
        .satisfies(d -> assertThat(d.target()).isEmpty());
  }

  @Test
  void aDefenceOfAPersonNamedOnlyByAnOfficeIsDoneToAPerson() {
    Readings.Reading r = Readings.of("defence-of-person");
    assertThat(PersonObjects.of(r.graph(), r.node("came"))).isTrue();
    Readings.Reading of = Readings.of("defence-of-office");
    assertThat(PersonObjects.of(of.graph(), of.node("came"))).isTrue();
    Readings.Reading named = Readings.of("defence-of-named");
    assertThat(PersonObjects.of(named.graph(), named.node("came"))).isFalse();
  }
}
