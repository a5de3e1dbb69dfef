package org.crosscheck.english.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceGeneratorTest {

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("curated.tsv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsTheCuratedClassesOfStateNamesInLowerCase() throws IOException {
    Map<String, String> out = PlaceGenerator.curated(file("# places\n\nBasra\tCITY\nDarfur\tPROVINCE\n"),
        Set.of("basra", "darfur"), Map.of());
    assertThat(out).containsExactlyInAnyOrderEntriesOf(Map.of("basra", "CITY", "darfur", "PROVINCE"));
  }

  @Test
  void refusesALineThatIsNoStateNameOfTheCatalogWithItsFileAndLine() throws IOException {
    Path f = file("Basra\tCITY\nAtlantis\tCITY\n");
    assertThatThrownBy(() -> PlaceGenerator.curated(f, Set.of("basra"), Map.of()))
        .hasMessage(f + ":2: 'Atlantis' is no name the catalog gives a state");
  }

  @Test
  void refusesOtherClassesNamesTheGazetteersClassAndNamesGivenTwice() throws IOException {
    Path bad = file("Basra\tTOWN\n");
    assertThatThrownBy(() -> PlaceGenerator.curated(bad, Set.of("basra"), Map.of()))
        .hasMessageContaining(":1: expected name<TAB>CITY|PROVINCE");
    Path known = file("Basra\tCITY\n");
    assertThatThrownBy(() -> PlaceGenerator.curated(known, Set.of("basra"), Map.of("basra", Set.of("CITY"))))
        .hasMessageContaining(":1: 'Basra' is classed by the gazetteers already");
    Path twice = file("Basra\tCITY\nbasra\tCITY\n");
    assertThatThrownBy(() -> PlaceGenerator.curated(twice, Set.of("basra"), Map.of()))
        .hasMessageContaining(":2: 'basra' is listed twice");
  }
}
