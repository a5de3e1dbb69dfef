package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.Stance;
import org.junit.jupiter.api.Test;

class DeedDoersTest {

  @Test
  void aCondemnedSaleIsAStanceTowardTheSellerNotTheBuyer() {
    assertThat(Readings.drafts("deed-doer-sale-by")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Britain");
      assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("RUS"));
      assertThat(d.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void aByPhraseThatNamesNobodyLeavesTheOtherLinks() {
    assertThat(Readings.drafts("deed-doer-by-nobody")).singleElement().satisfies(d ->
        assertThat(d.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("SYR")));
  }
}
