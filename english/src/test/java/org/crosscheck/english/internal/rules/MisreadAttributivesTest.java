package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisreadAttributivesTest {

  @Test
  void alliedBeforeTheSecondObjectOfAnAccusationIsNoSupportOfTheAccuser() {
    Readings.Reading r = Readings.of("misread-allied-conj");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("allied"))).isTrue();
    assertThat(Readings.claims("misread-allied-conj"))
        .containsExactly("Amnesty International OPPOSE police")
        .noneMatch(c -> c.contains("SUPPORT"));
  }

  @Test
  void alliedWithItselfAndAPartnerStaysTheSubjectsAlignment() {
    Readings.Reading r = Readings.of("allied-itself-conj");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("allied"))).isFalse();
    assertThat(Readings.claims("allied-itself-conj")).contains("Bulgaria SUPPORT Washington");
  }

  @Test
  void alignedWithADeterminedObjectAndAPartnerStaysTheSubjectsAlignment() {
    Readings.Reading r = Readings.of("aligned-policy-conj");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("aligned"))).isFalse();
    assertThat(Readings.claims("aligned-policy-conj")).contains("Armenia SUPPORT France");
  }

  @Test
  void alignedWithAPartnerPhraseIsAVerbEvenBeforeABareNoun() {
    Readings.Reading r = Readings.of("aligned-laws-with-conj");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("aligned"))).isFalse();
    assertThat(Readings.claims("aligned-laws-with-conj")).contains("Georgia SUPPORT Brussels");
  }

  @Test
  void alignedBeforeAPossessiveIsAVerbWithItsOwnObject() {
    Readings.Reading r = Readings.of("aligned-own-laws-conj");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("aligned"))).isFalse();
    assertThat(Readings.claims("aligned-own-laws-conj")).contains("Georgia SUPPORT -");
  }

  @Test
  void alliedJoinedToTwoVerbsIsJudgedBesideTheNearerOneWhoseSubjectItShares() {
    assertThat(Readings.drafts("allied-two-conjuncts")).noneMatch(d -> d.cue().equals("allied"));
  }

  @Test
  void alliedBeforeAModifiedNounIsStillItsModifier() {
    Readings.Reading r = Readings.of("allied-modified-militias");
    assertThat(MisreadAttributives.modifier(r.graph(), r.node("allied"))).isTrue();
    assertThat(Readings.claims("allied-modified-militias")).noneMatch(c -> c.contains("SUPPORT"));
  }
}
