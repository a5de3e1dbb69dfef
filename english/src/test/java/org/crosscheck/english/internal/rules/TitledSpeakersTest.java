package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class TitledSpeakersTest {

  @Test
  void weOfASpeakerTitledByABodyIsThatBodyNotTheCatalogsOlderPost() {
    assertThat(Readings.drafts("we-titled-body")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("nato");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("MDA");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void weOfASpeakerTitledWithAnOfPhraseIsThatBody() {
    assertThat(Readings.drafts("we-titled-of")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("nato");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("MDA");
    });
  }

  @Test
  void weOfAStatesPrimeMinisterIsThatStatesGovernment() {
    assertThat(Readings.drafts("we-titled-state")).singleElement().satisfies(d -> {
      assertThat(d.holder().actor().id()).isEqualTo("ESTGOV");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("ARM");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aTitleHeldNoMoreLeavesWeToTheCatalogsBody() {
    Readings.Reading r = Readings.of("we-titled-former");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).get(r.graph().idx(r.node("said")));
    assertThat(TitledSpeakers.body(r.graph(), f.speaker)).isNull();
    assertThat(Readings.drafts("we-titled-former")).noneMatch(d -> d.holder().actor().id().equals("nato"));
  }

  @Test
  void anAppositionThatIsNoOfficeSpeaksForNobodyItNames() {
    Readings.Reading r = Readings.of("we-apposed-critic");
    SpeechFrames.Frame f = SpeechFrames.find(r.graph()).get(r.graph().idx(r.node("said")));
    assertThat(TitledSpeakers.body(r.graph(), f.speaker)).isNull();
    assertThat(Readings.drafts("we-apposed-critic")).noneMatch(d -> d.holder().actor().id().equals("nato"));
  }
}
