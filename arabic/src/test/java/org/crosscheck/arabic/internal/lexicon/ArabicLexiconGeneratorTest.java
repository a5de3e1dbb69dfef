package org.crosscheck.arabic.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated vocabulary is what the generator makes of the sources copied into {@code arabic/src/lexicon}. */
class ArabicLexiconGeneratorTest {

  private static final Path SOURCES = Path.of("src/lexicon");
  private static final Path RESOURCES = Path.of("src/main/resources/org/crosscheck/arabic/internal/rules");

  private static List<String> resource(String name) throws IOException {
    return Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void generatedFilesAreReproducibleFromTheCopiedSources() throws IOException {
    ArabicLexiconGenerator.Outputs o = ArabicLexiconGenerator.generate(SOURCES);
    assertThat(o.verbs()).isEqualTo(resource("cameo-verbs.tsv"));
    assertThat(o.patterns()).isEqualTo(resource("cameo-patterns.tsv"));
    assertThat(o.agents()).isEqualTo(resource("agent-nouns.tsv"));
  }
}
