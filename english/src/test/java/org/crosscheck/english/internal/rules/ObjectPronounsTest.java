package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class ObjectPronounsTest {

  /** The claims of the last of {@code ids}, read in one article as the driver reads. */
  private static List<String> readAfter(String... ids) {
    return Readings.claims(Readings.inOrder(new Discourse(), ids));
  }

  @Test
  void themAfterASentenceOpenedByAGroupIsThatGroup() {
    assertThat(readAfter("opener-protesters-gathered", "police-disperse-them"))
        .containsOnly("Police OPPOSE protesters");
    // People who act only when counted are counted here.
    assertThat(readAfter("opener-hundreds-of-people", "police-disperse-them")).containsOnly("Police OPPOSE people");
  }

  @Test
  void themAfterASentenceOpenedByNoGroupOrReadAloneIsNobody() {
    assertThat(readAfter("opener-ministers-met", "police-disperse-them")).containsOnly("Police OPPOSE -");
    assertThat(readAfter("police-disperse-them")).containsOnly("Police OPPOSE -");
    // Other people named after the opener may be "them" as well.
    assertThat(readAfter("opener-protesters-prisoners", "police-disperse-them")).containsOnly("Police OPPOSE -");
  }
}
