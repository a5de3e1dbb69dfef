package org.crosscheck.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.VocabularyException;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final String HEADER = "# Test list.\n# Source: written for a test, GPL-3.0-or-later.\n";

  private static List<Vocabulary.Row> parse(String text, Vocabulary.Shape shape) throws IOException {
    return Vocabulary.parse(new BufferedReader(new StringReader(text)), "test.tsv", shape);
  }

  @Test
  void readsRowsSkippingCommentsAndBlankLines() throws IOException {
    List<Vocabulary.Row> rows = parse(HEADER + "back\tSUPPORT\n\n# a comment\nreject\tOPPOSE\n", Vocabulary.Shape.of(2));
    assertThat(rows).extracting(r -> r.get(0) + "=" + r.get(1, Stance.class)).containsExactly("back=SUPPORT",
        "reject=OPPOSE");
    assertThat(rows.get(1).line()).isEqualTo(6);
  }

  @Test
  void refusesAListWithoutSourceAndLicence() {
    assertThatThrownBy(() -> parse("back\tSUPPORT\n", Vocabulary.Shape.of(2)))
        .isInstanceOf(VocabularyException.class).hasMessageStartingWith("test.tsv:1: ")
        .hasMessageContaining("Source:");
    assertThatThrownBy(() -> parse("# Source: a list\nback\tSUPPORT\n", Vocabulary.Shape.of(2)))
        .hasMessageContaining("licence");
  }

  @Test
  void refusesAWrongNumberOfFields() {
    assertThatThrownBy(() -> parse(HEADER + "back\tSUPPORT\textra\n", Vocabulary.Shape.of(2)))
        .isInstanceOf(VocabularyException.class).hasMessage("test.tsv:3: expected 2 tab-separated fields, found 3");
    assertThatThrownBy(() -> parse(HEADER + "back\n", Vocabulary.Shape.of(2)))
        .hasMessage("test.tsv:3: expected 2 tab-separated fields, found 1");
  }

  @Test
  void refusesAnEmptyField() {
    assertThatThrownBy(() -> parse(HEADER + "back\t\tx\n", Vocabulary.Shape.between(2, 3)))
        .hasMessage("test.tsv:3: field 2 is empty");
  }

  @Test
  void refusesADuplicateKeyAfterNormalisation() {
    assertThatThrownBy(() -> parse(HEADER + "Back\tSUPPORT\nback\tOPPOSE\n", Vocabulary.Shape.of(2).lowerCase()))
        .hasMessage("test.tsv:4: duplicate entry 'back' (first on line 3)");
  }

  @Test
  void foldsArabicKeysBeforeComparingThem() {
    assertThatThrownBy(() -> parse(HEADER + "إدانة\tOPPOSE\nادانه\tOPPOSE\n", Vocabulary.Shape.of(2).folded()))
        .hasMessageContaining("duplicate entry");
  }

  @Test
  void aWordMayHaveSeveralClassesWhenTheClassIsPartOfTheKey() throws IOException {
    assertThat(parse(HEADER + "he\tA\nhe\tB\n", Vocabulary.Shape.of(2).keyFields(2))).hasSize(2);
  }

  @Test
  void refusesAnUnknownClass() throws IOException {
    Vocabulary.Row row = parse(HEADER + "back\tSUPORT\n", Vocabulary.Shape.of(2)).get(0);
    assertThatThrownBy(() -> row.get(1, Stance.class)).isInstanceOf(VocabularyException.class)
        .hasMessageStartingWith("test.tsv:3: unknown Stance 'SUPORT'");
  }

  @Test
  void refusesAMissingResource() {
    assertThatThrownBy(() -> Vocabulary.words(VocabularyTest.class, "no-such-list.tsv"))
        .isInstanceOf(VocabularyException.class).hasMessageContaining("no-such-list.tsv: is missing");
  }

  @Test
  void refusesAResourceThatIsNotUtf8() {
    assertThatThrownBy(() -> Vocabulary.words(VocabularyTest.class, "latin1.tsv"))
        .isInstanceOf(VocabularyException.class).hasMessageContaining("not valid UTF-8");
  }

  @Test
  void loadsAClassifiedResource() {
    assertThat(Vocabulary.classified(VocabularyTest.class, "stances.tsv", Stance.class))
        .containsEntry("back", Stance.SUPPORT).containsEntry("turn against", Stance.OPPOSE);
  }
}
