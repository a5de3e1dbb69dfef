package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * {@code extract} over random trees of files: articles in both languages, empty and binary files, named pipes,
 * unreadable files and folders, symbolic link loops, the same names in different folders. Whatever the tree, the
 * command ends, reads every readable article under the id of its path, reports every other path exactly once,
 * and exits as the README says (0 all read, 1 some skipped, 3 none read).
 */
class ExtractOverFileTreesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  enum Kind { ENGLISH, ARABIC, EMPTY, BINARY, PIPE, UNREADABLE_FILE, UNREADABLE_FOLDER, LINK_LOOP }

  record Entry(String folder, String name, Kind kind) {
    String path() {
      return folder.isEmpty() ? name : folder + "/" + name;
    }
  }

  @Provide
  Arbitrary<List<Entry>> trees() {
    Arbitrary<Entry> entry = Combinators.combine(Arbitraries.of("", "a", "b", "a/c"), Arbitraries.of("x.txt",
        "y.txt", "z"), Arbitraries.of(Kind.values())).as(Entry::new);
    return entry.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Entry::path);
  }

  @Property(tries = 12, shrinking = ShrinkingMode.OFF)
  void extractEndsReadsEveryReadableArticleAndReportsEveryOtherPathOnce(@ForAll("trees") List<Entry> tree)
      throws Exception {
    Path root = Files.createTempDirectory("crosscheck-tree");
    try {
      boolean permissionsBind = permissionsBind(root);
      Set<String> articles = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (Entry e : tree) {
        Path p = root.resolve(e.path());
        Files.createDirectories(p.getParent());
        switch (e.kind()) {
          case ENGLISH -> article(p, articles, e.path(), CommandLineRobustnessIT.EN);
          case ARABIC -> article(p, articles, e.path(), CommandLineRobustnessIT.AR);
          case EMPTY -> {
            Files.writeString(p, "");
            reported.add(e.path());
          }
          case BINARY -> {
            Files.write(p, new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xff, 0});
            reported.add(e.path());
          }
          case PIPE -> {
            TestFiles.mkfifo(p);
            reported.add(e.path());
          }
          case UNREADABLE_FILE -> {
            Files.writeString(p, CommandLineRobustnessIT.EN);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            (permissionsBind ? reported : articles).add(e.path());
          }
          case UNREADABLE_FOLDER -> {
            Files.createDirectories(p);
            Files.writeString(p.resolve("inside.txt"), CommandLineRobustnessIT.AR);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            // As root, permission bits do not stop reads: the article inside is read.
            if (permissionsBind) {
              reported.add(e.path());
            } else {
              articles.add(e.path() + "/inside.txt");
            }
          }
          case LINK_LOOP -> {
            Files.createSymbolicLink(p, root);
            reported.add(e.path());
          }
        }
      }

      CommandLineRobustnessIT.Run r = assertTimeoutPreemptively(Duration.ofMinutes(3),
          () -> CommandLineRobustnessIT.run("extract", "--format", "json", "--threads", "2", root.toString()));

      int expectedExit = articles.isEmpty() ? CrosscheckCli.ALL_FAILED
          : reported.isEmpty() ? 0 : CrosscheckCli.SOME_FAILED;
      assertThat(r.exit()).as("exit code for %s\n%s", tree, r.err()).isEqualTo(expectedExit);
      List<String> skipped = r.err().lines().filter(l -> l.startsWith("crosscheck: skipped ")).toList();
      for (String path : reported) {
        String prefix = "crosscheck: skipped " + root.resolve(path) + ": ";
        assertThat(skipped.stream().filter(l -> l.startsWith(prefix))).as("%s in\n%s", path, r.err()).hasSize(1);
      }
      assertThat(skipped).as(r.err()).hasSize(reported.size());
      if (!articles.isEmpty()) {
        Set<String> ids = new HashSet<>();
        for (JsonNode a : JSON.readTree(r.out()).get("articles")) {
          ids.add(a.get("id").asText());
        }
        assertThat(ids).as(r.err()).isEqualTo(articles);
      } else if (!r.out().isEmpty()) {
        assertThat(JSON.readTree(r.out()).get("articles")).isEmpty();
      }
    } finally {
      delete(root);
    }
  }

  private static void article(Path p, Set<String> articles, String id, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
    articles.add(id);
  }

  private static boolean permissionsBind(Path root) throws IOException {
    Path probe = Files.writeString(root.resolve(".probe"), "x");
    Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
    boolean binds = TestFiles.permissionsBind(probe);
    Files.delete(probe);
    return binds;
  }

  /** Deletes the tree, giving each folder its permissions back first; links are not followed. */
  private static void delete(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
