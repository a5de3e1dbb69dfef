package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

  private static List<String> claimsAfter(String before) {
    Readings.Reading r = Readings.in(before, "acronym-alone");
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts().stream().map(d -> d.holder().text() + " " + d.stance() + " "
        + d.target().map(t -> t.actor().name()).orElse("-")).toList();
  }

  @Test
  void anAcronymTheArticleSpelledOutIsThatOrganisationAsTarget() {
    assertThat(claimsAfter("The Delta Union for Self-Government (DUSG) was banned in May. "))
        .containsExactly("Kenya OPPOSE Delta Union for Self-Government");
  }

  @Test
  void anAcronymTheArticleNeverSpellsOutNamesNobodyNew() {
    assertThat(claimsAfter("The union was banned in May. ")).noneMatch(c -> c.contains("Delta"));
  }

  @Test
  void wordsWhoseCapitalsSpellSomethingElseAreNoExpansion() {
    assertThat(claimsAfter("The Delta Union for Self-Government (DUSG) and the Delta Youth (DY) were banned. "))
        .containsExactly("Kenya OPPOSE Delta Union for Self-Government");
    assertThat(claimsAfter("Leaders of the outlawed Delta Movement (DUSG) were banned in May. "))
        .noneMatch(c -> c.contains("Delta"));
  }
}
