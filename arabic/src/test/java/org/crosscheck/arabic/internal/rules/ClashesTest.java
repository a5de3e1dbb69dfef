package org.crosscheck.arabic.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class ClashesTest {

  @Test
  void clashBetweenTwoSidesIsEachSidesAgainstTheOther() {
    List<ClaimDraft> ds = Fixture.of("اندلعت مواجهات عنيفة بين الشرطة ومجموعات من المحتجين.").read(
        "اندلعت/VBD مواجهات/NNS عنيفة/JJ بين/NN الشرطة/DTNN و/CC مجموعات/NNS من/IN المحتجين/DTNNS ./PUNC");
    assertThat(ds).hasSize(2).allMatch(d -> d.stance() == Stance.OPPOSE && d.target().isPresent());
    assertThat(ds).extracting(d -> d.holder().text()).containsExactlyInAnyOrder("الشرطة", "المحتجين");
  }
}
