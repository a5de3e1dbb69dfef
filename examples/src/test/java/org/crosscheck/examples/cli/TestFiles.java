package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Special files for tests: named pipes, and whether permission bits bind this process. */
final class TestFiles {

  private TestFiles() {}

  static void mkfifo(Path p) throws IOException, InterruptedException {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor()).as("mkfifo exit code").isZero();
  }

  /** Whether permission bits stop this process from reading {@code p} (they do not for root). */
  static boolean permissionsBind(Path p) {
    try {
      if (Files.isDirectory(p)) {
        try (var s = Files.newDirectoryStream(p)) {
          s.iterator().hasNext();
        }
      } else {
        try (InputStream in = Files.newInputStream(p)) {
          in.read();
        }
      }
      return false;
    } catch (AccessDeniedException e) {
      return true;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

}
