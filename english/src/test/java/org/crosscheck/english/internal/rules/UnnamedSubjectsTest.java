package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class UnnamedSubjectsTest {

  private static Discourse afterIran() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("IRN").orElseThrow(), "Iran"));
    return d;
  }

  @Test
  void theyAfterAnUnnamedSourceIsNotAnEarlierHolder() {
    Readings.Reading r = Readings.of("they-sources-close", null, afterIran());
    assertThat(Antecedents.resolve(r.graph(), r.node("they"), null)).isNull();
    assertThat(Readings.drafts("they-sources-close", afterIran()))
        .noneMatch(d -> d.holder().actor().id().equals("IRN"));
  }

  @Test
  void theyAfterASourceCloseToAGroupIsThatSourceNotAnEarlierHolder() {
    Readings.Reading r = Readings.of("they-sources-owned", null, afterIran());
    ActorSpan they = Antecedents.resolve(r.graph(), r.node("they"), null);
    assertThat(they).isNotNull();
    assertThat(they.anonymous()).isTrue();
    assertThat(they.actor().memberOf()).isNotEmpty();
    assertThat(Readings.drafts("they-sources-owned", afterIran()))
        .noneMatch(d -> d.holder().actor().id().equals("IRN"));
  }

  @Test
  void theyLooseInAMisparsedSentenceAfterUnnamedMilitiasHoldsNothing() {
    Readings.Reading r = Readings.of("they-allied-militias", null, afterIran());
    assertThat(UnnamedSubjects.before(r.graph(), r.node("they"))).isTrue();
    assertThat(Antecedents.resolve(r.graph(), r.node("they"), null)).isNull();
    assertThat(Readings.drafts("they-allied-militias", afterIran()))
        .noneMatch(d -> d.holder().actor().id().equals("IRN"));
  }

  @Test
  void itWithNoSubjectAroundIsStillTheLastHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("EGY").orElseThrow(), "Egypt"));
    Readings.Reading r = Readings.of("it-condemned", null, d);
    assertThat(UnnamedSubjects.before(r.graph(), r.node("It"))).isFalse();
    assertThat(Antecedents.resolve(r.graph(), r.node("It"), null).actor().id()).isEqualTo("EGY");
  }
}
