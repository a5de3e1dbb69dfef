package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path dir;

  private static final String EN = "Russia backs Syria\nThe Kremlin said on Monday that Russia would keep backing Syria.\n";

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(Inputs.Selection s) {
    return s.inputs().stream().map(Inputs.Input::id).toList();
  }

  @Test
  void namesFilesInFoldersByTheirPathRelativeToTheFolderSoSameNamesDoNotCollide() throws IOException {
    write("2024/12/02/index.html", EN);
    write("2024/12/03/index.html", EN.replace("Monday", "Tuesday"));
    write("notes.txt", EN);
    Inputs.Selection s = Inputs.walk(List.of(dir));
    assertThat(ids(s)).containsExactly("2024/12/02/index.html", "2024/12/03/index.html", "notes.txt");
    assertThat(s.skipped()).isEmpty();
    ArticleParser parser = ArticleParser.create();
    assertThat(s.inputs().stream().map(in -> in.parse(parser).id()).toList()).isEqualTo(ids(s));
  }

  @Test
  void namesFilesGivenDirectlyByTheirNormalisedPathAndFolderClashesByTheirFolder() throws IOException {
    write("a/x.txt", EN);
    write("b/x.txt", EN.replace("Monday", "Friday"));
    Path direct = write("c/y.txt", EN);
    Inputs.Selection s = Inputs.walk(List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c/../c/y.txt")));
    assertThat(ids(s)).containsExactly(dir.resolve("a") + "/x.txt", dir.resolve("b") + "/x.txt", direct.toString());
  }

  @Test
  void skipsNamedPipesWithoutOpeningThem() throws Exception {
    write("a.txt", EN);
    TestFiles.mkfifo(dir.resolve("pipe.txt"));
    TestFiles.mkfifo(dir.resolve("named"));
    Inputs.Selection s = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Inputs.walk(List.of(dir, dir.resolve("named"))));
    assertThat(ids(s)).containsExactly("a.txt");
    assertThat(s.skipped()).extracting(Inputs.Skipped::toString).containsExactlyInAnyOrder(
        dir.resolve("pipe.txt") + ": a named pipe: not a regular file, not opened",
        dir.resolve("named") + ": a named pipe: not a regular file, not opened");
    // The parser refuses a pipe as well, without opening it.
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        ArticleParser.create().parse(dir.resolve("named"));
        throw new AssertionError("a pipe was parsed");
      } catch (org.crosscheck.ArticleParseException e) {
        assertThat(e.getMessage()).contains("not a regular file");
      }
    });
  }

  @Test
  void reportsUnreadableFoldersAndFilesWithTheSystemReasonAndReadsTheRest() throws IOException {
    write("ok.txt", EN);
    write("locked/inside.txt", EN);
    Path secret = write("secret.txt", EN);
    Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    try {
      Inputs.Selection s = Inputs.walk(List.of(dir));
      if (TestFiles.permissionsBind(dir.resolve("locked"))) {
        assertThat(ids(s)).containsExactly("ok.txt");
        assertThat(s.skipped()).extracting(Inputs.Skipped::toString).containsExactly(
            dir.resolve("locked") + ": permission denied", secret + ": permission denied");
      } else {
        // Running as root: permission bits do not stop reads, so everything is read.
        assertThat(ids(s)).containsExactly("locked/inside.txt", "ok.txt", "secret.txt");
        assertThat(s.skipped()).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void terminatesOnSymbolicLinkLoopsAndReadsAFileReachedTwiceOnce() throws Exception {
    Path a = write("sub/a.txt", EN);
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    Files.createSymbolicLink(dir.resolve("alias.txt"), a);
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Inputs.Selection s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Inputs.walk(List.of(dir, a)));
    assertThat(ids(s)).containsExactly("alias.txt");
    assertThat(s.skipped()).extracting(Inputs.Skipped::toString).containsExactly(
        dir.resolve("dangling.txt") + ": a broken symbolic link",
        dir.resolve("sub/loop") + ": a symbolic link loop (it leads back to a folder being read)");
    assertThat(s.notes()).containsExactly(dir.resolve("sub/a.txt") + " is the same file as "
        + dir.resolve("alias.txt") + ": read once", a + " is the same file as " + dir.resolve("alias.txt")
        + ": read once");
  }

  @Test
  void leavesOutItsOwnReportsHiddenFilesAndFilesThatAreNotArticlesByName() throws IOException {
    write("a.txt", EN);
    write("report.html", "<!DOCTYPE html>\n<html><head>" + OwnOutput.GENERATOR + " 0.1\"><title>x</title>");
    write("analysis.txt", "3 conflicts, 1 agreements, 9 claims\n\nc1  CONTRADICTION ...\n");
    write(".hidden.txt", EN);
    write(".git/HEAD", EN);
    write("photo.jpg", "not an article");
    Inputs.Selection s = Inputs.walk(List.of(dir));
    assertThat(ids(s)).containsExactly("a.txt");
    assertThat(s.skipped()).isEmpty();
    assertThat(s.notes()).containsExactly(
        dir.resolve("analysis.txt") + " is a Crosscheck analysis report, not an article: left out",
        dir.resolve("report.html") + " is a Crosscheck HTML report, not an article: left out",
        "1 file was left out: only .txt, .html, .htm and extension-less files are read from folders (name a file "
            + "to read it anyway)");
  }

  @Test
  void stripsBidiAndControlCharactersFromIdsAndNames() throws IOException {
    write("evil\u202Etxt.exe\u2066.txt", EN);
    write("line\nbreak.txt", EN);
    Inputs.Selection s = Inputs.walk(List.of(dir));
    assertThat(ids(s)).containsExactly("eviltxt.exe.txt", "line?break.txt");
    assertThat(s.inputs()).allSatisfy(in -> assertThat(in.name()).doesNotContain("\u202E", "\u2066", "\n"));
    Article a = s.inputs().get(0).parse(ArticleParser.create());
    assertThat(a.source()).isEqualTo("eviltxt.exe.txt");
  }

  @Test
  void readsStandardInputForADashOnceUnderAContentHash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(EN.getBytes(StandardCharsets.UTF_8)));
      Inputs.Selection s = Inputs.walk(List.of(Path.of("-"), Path.of("-")));
      assertThat(ids(s)).singleElement().asString().matches("stdin:[0-9a-f]{16}");
      assertThat(s.notes()).containsExactly("standard input (-) is named twice: read once");
      Article a = s.inputs().get(0).parse(ArticleParser.create());
      assertThat(a.id()).isEqualTo(s.inputs().get(0).id());
      assertThat(a.source()).isEqualTo("stdin");
      assertThat(a.title()).isEqualTo("Russia backs Syria");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void keepsTheFileStemsOfTheBundledSamplesAsIds() {
    assertThat(ids(Inputs.walk(List.of(), true, 1 << 20))).containsExactly("000_56566dd9c222896c",
        "001_e95c5cdc5164abb7", "002_bd27847edc6cd8e9", "003_308198e8ac050b6b", "004_2844e3c598653511");
    assertThat(Inputs.walk(List.of())).isEqualTo(new Inputs.Selection(List.of(), List.of(), List.of()));
  }

  @Test
  void reportsMissingPathsAndFindsNothingInAnEmptyFolder() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Inputs.Selection s = Inputs.walk(List.of(dir.resolve("empty"), dir.resolve("missing.txt")));
    assertThat(s.inputs()).isEmpty();
    assertThat(s.skipped()).extracting(Inputs.Skipped::toString)
        .containsExactly(dir.resolve("missing.txt") + ": no such file or directory");
  }
}
