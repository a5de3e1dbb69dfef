package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposedBodiesTest {

  @Test
  void aBodyHeadJoinedToAStatesCompositeEndsThatCompositesName() {
    assertThat(Readings.claims("composed-body-force"))
        .containsExactly("Bangladesh OPPOSE India's Border Security Force");
    assertThat(Readings.drafts("composed-body-force")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().id()).isEqualTo("INDMIL"));
  }

  @Test
  void aBodyHeadAfterACompositesPossessiveEndsThatCompositesName() {
    assertThat(Readings.claims("composed-body-association"))
        .containsExactly("Norwegian Fishermen's Association OPPOSE European Union");
    assertThat(Readings.drafts("composed-body-association")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().id()).isEqualTo("NORAGR"));
  }

  @Test
  void aBodyHeadAfterAStatesPossessiveIsAnotherBody() {
    Readings.Reading r = Readings.of("composed-body-state");
    var council = r.graph().mentionOf(r.node("Council"));
    assertThat(council == null ? "-" : council.actor().id()).isNotEqualTo("KEN");
  }

  @Test
  void aCommissionAfterABodysNameIsThatBody() {
    assertThat(Readings.claims("au-commission"))
        .containsExactly("African Union Commission NEUTRAL Egypt", "African Union Commission NEUTRAL Ethiopia");
  }

  @Test
  void aNameOfPeopleCutBeforeItsBodysWordIsTheBodysWholeName() {
    assertThat(Readings.claims("fishermens-association"))
        .containsExactly("Indonesian Traditional Fishermen's Association SUPPORT Indonesia's navy");
  }
}
