package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class ReferredTargetsTest {

  @Test
  void aQuotedHeIsWhomTheNarratorSaysTheQuoteReferredTo() {
    assertThat(Readings.drafts("rt-reference")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Lavrov");
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
      assertThat(d.target().orElseThrow().text()).isEqualTo("Kurti");
    });
  }

  @Test
  void theseQuotedPeopleAreWhomTheNarratorSaysTheQuoteReferredTo() {
    assertThat(Readings.claims("rt-these")).containsExactly("Lavrov OPPOSE Kyiv");
  }

  @Test
  void aQuotedThingWithoutAPointingWordIsNotWhomTheQuoteReferredTo() {
    assertThat(Readings.drafts("rt-talks")).isEmpty();
  }

  @Test
  void aQuotedItPointsAtNoOne() {
    assertThat(Readings.drafts("rt-it")).isEmpty();
  }
}
