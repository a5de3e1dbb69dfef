package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class AgainstPhrasesTest {

  @Test
  void defendingAgainstSomeoneOpposesThem() {
    assertThat(Readings.drafts("against-defend")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Ukraine");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.event()).isEmpty();
    }).noneSatisfy(d -> {
      assertThat(d.target().orElseThrow().text()).isEqualTo("Russia");
      assertThat(d.stance()).isEqualTo(Stance.SUPPORT);
    });
  }

  @Test
  void theSupportedPartyOfASupportingActKeepsItsStance() {
    Readings.Reading r = Readings.of("against-side");
    ActorSpan kyiv = r.graph().mentionAt(3);
    ActorSpan moscow = r.graph().mentionAt(5);
    assertThat(AgainstPhrases.toward(r.graph(), r.node("sided"), Stance.SUPPORT, kyiv)).isEqualTo(Stance.SUPPORT);
    assertThat(AgainstPhrases.toward(r.graph(), r.node("sided"), Stance.SUPPORT, moscow)).isEqualTo(Stance.OPPOSE);
    assertThat(AgainstPhrases.toward(r.graph(), r.node("sided"), Stance.OPPOSE, moscow)).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void backingABreakFromAPartyOpposesIt() {
    assertThat(Readings.claims("favours-break-from")).containsExactly("Polisario Front OPPOSE Morocco");
  }

  @Test
  void backingWhatComesFromAPartyStillSupportsIt() {
    assertThat(Readings.claims("welcomed-message-from")).containsExactly("Polisario Front SUPPORT Morocco");
  }
}
