package org.crosscheck.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.crosscheck.examples.cli.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files get the command line's ids, through its walker on local disks and by its rules on other file systems. */
class ArticleFilesTest {

  @TempDir
  Path tmp;

  private Path tree() throws IOException {
    Path root = tmp.resolve("news");
    for (String f : List.of("2024/12/02/index.html", "2024/12/03/index.html", "2024/a.txt", "2024/a/b.txt",
        "README", "b.htm", ".hidden/x.txt", "2024/.draft.txt", "scan.pdf", "_underscore.txt")) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Text of " + f);
    }
    return root;
  }

  @Test
  void localFoldersAreWalkedByTheCommandLinesWalker() throws IOException {
    Path root = tree();

    ArticleFiles.Listing listing = ArticleFiles.list(List.of(root.toString()), new Configuration());

    assertThat(listing.files()).extracting(ArticleFiles.File::id).containsExactlyElementsOf(
        InputFiles.walk(List.of(root)).files().stream().map(InputFiles.Found::id).toList());
    assertThat(listing.files()).extracting(ArticleFiles.File::id).containsExactly("2024/12/02/index.html",
        "2024/12/03/index.html", "2024/a/b.txt", "2024/a.txt", "README", "_underscore.txt", "b.htm");
    assertThat(listing.files().get(0).source()).isEqualTo("index.html");
    assertThat(listing.files().get(0).uri()).startsWith("file:/");
  }

  @Test
  void otherFileSystemsAreWalkedByTheSameRules() throws IOException {
    Path root = tree();
    List<String> skipped = new ArrayList<>();

    List<ArticleFiles.File> files = ArticleFiles.remote(List.of(new org.apache.hadoop.fs.Path(root.toUri())),
        new Configuration(), skipped);

    assertThat(skipped).isEmpty();
    assertThat(files).extracting(ArticleFiles.File::id).containsExactlyElementsOf(
        InputFiles.walk(List.of(root)).files().stream().map(InputFiles.Found::id).toList());
    assertThat(files).extracting(ArticleFiles.File::source).contains("index.html", "README");
  }

  @Test
  void aRelativePathInTwoFoldersGetsItsFolderInFront() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(a.resolve("x.txt"), "one");
    Files.writeString(b.resolve("x.txt"), "two");
    Files.writeString(b.resolve("y.txt"), "three");
    org.apache.hadoop.fs.Path ha = new org.apache.hadoop.fs.Path(a.toUri());
    org.apache.hadoop.fs.Path hb = new org.apache.hadoop.fs.Path(b.toUri());

    List<ArticleFiles.File> files = ArticleFiles.remote(List.of(ha, hb), new Configuration(), new ArrayList<>());

    assertThat(files).extracting(ArticleFiles.File::id).containsExactly(ha + "/x.txt", hb + "/x.txt", "y.txt");
  }
}
