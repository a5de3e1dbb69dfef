package org.crosscheck.internal.catalog.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsTest {

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void keepsHandKeptNounsFirstAndPetrarchNounsWithTheirPlurals() throws IOException {
    Path en = file("en.txt", "CONSUL {CONSULS} [~GOV]\nPOLICE {} [~COP]\n");
    Path ar = file("ar.txt", "");
    Path extra = file("extra.tsv", "# kept by hand\nen\tofficials\tGOV\n");
    assertThat(Agents.build(en, ar, extra)).containsSubsequence("en\tofficials\tGOV", "en\tconsul\tGOV",
        "en\tconsuls\tGOV", "en\tpolice\tCOP");
  }

  @Test
  void dropsEnglishNounsThatEndInThePrepositionBeforeTheirCountry() throws IOException {
    Path en = file("en.txt", "EMBASSY_IN [~GOV]\nAMBASSADOR_TO [~GOV]\nCONSUL [~GOV]\n");
    Path ar = file("ar.txt", "");
    Path extra = file("extra.tsv", "");
    assertThat(Agents.build(en, ar, extra)).contains("en\tconsul\tGOV")
        .noneMatch(l -> l.startsWith("en\tembassy") || l.startsWith("en\tambassador"));
  }
}
