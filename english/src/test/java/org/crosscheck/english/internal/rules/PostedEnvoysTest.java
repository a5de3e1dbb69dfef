package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class PostedEnvoysTest {

  @Test
  void aStatesEnvoyToTheUnSpeaksForTheState() {
    Readings.Reading r = Readings.of("posted-own");
    assertThat(PostedEnvoys.at(r.graph(), r.node("ambassador")).actor().id()).isEqualTo("CHNGOV");
    assertThat(Readings.claims("posted-own")).containsExactly("China's U.N. ambassador OPPOSE Japan");
  }

  @Test
  void aDeputyEnvoySpeaksForTheStateToo() {
    assertThat(Readings.claims("posted-deputy")).containsExactly("Russia's deputy U.N. ambassador OPPOSE Britain");
  }

  @Test
  void anEnvoyOfTheBodyWithNoOwnerIsTheBodys() {
    Readings.Reading r = Readings.of("posted-body");
    assertThat(PostedEnvoys.at(r.graph(), r.node("envoy"))).isNull();
  }

  @Test
  void aStatesEnvoyAsTargetIsTheState() {
    assertThat(Readings.drafts("posted-target")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("GBRGOV"));
  }

  @Test
  void aStatesEnvoyToAnotherStateSpeaksForTheSender() {
    assertThat(Readings.drafts("posted-state")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("TURGOV"));
  }

  @Test
  void anEnvoyOwnedByAPronounSpeaksForTheStateTheSentenceBeforeNamed() {
    // "Sudan's government, whose …, welcomed the veto. Its U.N. envoy thanked Moscow": "its" is Sudan's, not the
    // envoy's own body, nor Russia, which held the last claim.
    Discourse d = russiaHeldLast();
    Readings.Reading first = Readings.of("posted-its-before", null, d);
    PreviousSentence.note(first.ctx(), Readings.LEX);
    Readings.Reading r = Readings.in(first.ctx().article().text() + " ", "posted-its-envoy", d);
    PreviousSentence.note(r.ctx(), Readings.LEX);
    assertThat(PostedEnvoys.at(r.graph(), r.node("envoy"), null).actor().id()).isEqualTo("SDNGOV");
  }

  @Test
  void anEnvoyOwnedByAPronounSpeaksForTheStateNamedBeforeItInTheSentence() {
    Readings.Reading r = Readings.of("posted-its-envoy-same");
    assertThat(PostedEnvoys.at(r.graph(), r.node("envoy"), null).actor().id()).isEqualTo("SDNGOV");
  }

  @Test
  void anEnvoyOwnedByAPronounWithNoStateBeforeStaysTheBodys() {
    Discourse d = russiaHeldLast();
    Readings.Reading r = Readings.of("posted-its-envoy", null, d);
    assertThat(PostedEnvoys.at(r.graph(), r.node("envoy"), null)).isNull();
  }

  @Test
  void theCityAnEnvoyIsPostedInIsNotWhomHeSpeaksFor() {
    // "Its envoy in Vienna": Vienna is where the envoy serves, not the state or government he speaks for.
    assertThat(Readings.drafts("posted-its-capital", russiaHeldLast()))
        .noneMatch(x -> Readings.CATALOG.chain(x.holder().actor(), java.util.Optional.empty()).stream()
            .anyMatch(id -> id.startsWith("AUT")));
    assertThat(Readings.claims("posted-in-capital"))
        .containsExactly("Russia's envoy in Vienna, Pavel Lebedev OPPOSE Washington");
  }

  /** An article whose last claim Russia held, the state a pronoun must not be taken for. */
  private static Discourse russiaHeldLast() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("RUS").orElseThrow(), "Russia"));
    return d;
  }
}
