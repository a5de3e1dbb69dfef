package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class ObjectPronounsTest {

  /** The drafts of the last of {@code ids}, read in one article as the driver reads: each noted, read if a candidate. */
  private static List<String> readAfter(String... ids) {
    Discourse d = new Discourse();
    StringBuilder before = new StringBuilder();
    Readings.Reading r = null;
    for (String id : ids) {
      r = Readings.in(before.toString(), id, d);
      if (CandidateFilter.isCandidate(r.ctx(), Readings.LEX)) {
        new ClaimReader(Readings.LEX).read(r.ctx());
      }
      before.append(Conll.get(id).text()).append(' ');
    }
    return Readings.claims(r.drafts());
  }

  @Test
  void themAfterASentenceOpenedByAGroupIsThatGroup() {
    assertThat(readAfter("opener-protesters-gathered", "police-disperse-them"))
        .containsOnly("Police OPPOSE protesters");
  }

  @Test
  void themAfterASentenceOpenedByNoGroupOrReadAloneIsNobody() {
    assertThat(readAfter("opener-ministers-met", "police-disperse-them")).containsOnly("Police OPPOSE -");
    assertThat(readAfter("police-disperse-them")).containsOnly("Police OPPOSE -");
    // Other people named after the opener may be "them" as well.
    assertThat(readAfter("opener-protesters-prisoners", "police-disperse-them")).containsOnly("Police OPPOSE -");
  }
}
