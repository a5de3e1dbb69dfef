package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeechFramesTest {

  private static Map<Integer, SpeechFrames.Frame> frames(Readings.Reading r) {
    return SpeechFrames.find(r.graph());
  }

  @Test
  void speechVerbFrameHasItsSubjectAsSpeakerAndReportsTheClause() {
    Readings.Reading r = Readings.of("said-that");
    SpeechFrames.Frame f = frames(r).get(r.graph().idx(r.node("said")));
    assertThat(f.speaker.text()).isEqualTo("Kremlin");
    assertThat(f.content).contains(r.graph().idx(r.node("back")), r.graph().idx(r.node("Serbia")));
    assertThat(f.content).doesNotContain(r.graph().idx(r.node("Kremlin")));
  }

  @Test
  void accordingToOpensAFrameCarriedByTheOutlet() {
    Readings.Reading r = Readings.of("according-to");
    assertThat(frames(r).values()).singleElement().satisfies(f -> {
      assertThat(f.speaker).isNull();
      assertThat(f.agencies).extracting(a -> a.actor().id()).containsExactly("reuters");
      assertThat(f.reported()).isTrue();
    });
  }

  @Test
  void quotedAsSayingMakesTheObjectSpeakAndTheSubjectCarry() {
    Readings.Reading r = Readings.of("quoted-as-saying");
    SpeechFrames.Frame f = frames(r).get(r.graph().idx(r.node("quoted")));
    assertThat(f.speaker.actor().id()).isEqualTo("sergey-lavrov");
    assertThat(f.agencies).extracting(a -> a.actor().id()).containsExactly("tass");
  }

  @Test
  void outletAsSubjectCarriesRatherThanSpeaks() {
    Readings.Reading r = Readings.of("media-subject");
    SpeechFrames.Frame f = frames(r).get(r.graph().idx(r.node("reported")));
    assertThat(f.speaker).isNull();
    assertThat(f.agencies).extracting(a -> a.actor().id()).containsExactly("ria-novosti");
  }

  @Test
  void innermostFrameComesFirst() {
    Readings.Reading r = Readings.of("said-that");
    int back = r.graph().idx(r.node("back"));
    assertThat(SpeechFrames.around(back, frames(r))).hasSize(1);
    assertThat(SpeechFrames.around(r.graph().idx(r.node("Kremlin")), frames(r))).isEmpty();
  }

  @Test
  void aFindingReportsItsClauseSoTheFinderIsNoTargetOfIt() {
    // "Britain concluded that Wagner had committed abuses": Britain's report, not Wagner's act against Britain.
    assertThat(Readings.claims("backshift-conj")).doesNotContain("Wagner OPPOSE Britain");
  }

  @Test
  void aClauseThatSetsWhenSomethingWasSaidIsNotWhatWasSaid() {
    assertThat(Readings.claimIds("accused-after-stormed"))
        .containsExactlyInAnyOrder("POL OPPOSE BLR", "adhoc:group:migrants OPPOSE -");
  }
}
