package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestClaims.claim;

import java.util.List;
import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.StanceComparator;
import org.crosscheck.StanceReport;
import org.junit.jupiter.api.Test;

class OwnOutputTest {

  @Test
  void recognisesTheTextReportAnalyzeWritesNowAndBefore() {
    StanceReport report = StanceComparator.create().compare(List.of(
        claim("a#1").article("a", Language.ENGLISH, "One").by("RUS").toward("bashar-al-assad")
            .stance(Stance.SUPPORT, "backs").on("2024-12-02").build(),
        claim("b#1").article("b", Language.ENGLISH, "Two").by("RUS").toward("bashar-al-assad")
            .stance(Stance.OPPOSE, "abandons").on("2024-12-03").build()));
    String text = TextReport.report(report);
    assertThat(text).startsWith("1 conflicts in 1 dispute, ");
    assertThat(OwnOutput.describe(text)).isEqualTo("a Crosscheck analysis report");
    assertThat(OwnOutput.describe("3 conflicts, 1 agreements, 9 claims\n\nc1  CONTRADICTION ...\n"))
        .isEqualTo("a Crosscheck analysis report");
    assertThat(OwnOutput.describe("4 conflicts in the Middle East, a survey\n")).isNull();
  }
}
