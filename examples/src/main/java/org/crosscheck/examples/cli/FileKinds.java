package org.crosscheck.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names the kind of a file that is not a regular file, for messages. Stateless. */
final class FileKinds {

  private FileKinds() {}

  private static final int TYPE_MASK = 0170000;

  /** "a named pipe", "a character device", "a socket", …, or "a special file" where the system does not say. */
  static String describe(Path p) {
    try {
      // The "unix" attribute view exists on Linux and macOS; elsewhere the generic answer below is given.
      Object mode = Files.getAttribute(p, "unix:mode");
      if (mode instanceof Integer m) {
        return switch (m & TYPE_MASK) {
          case 0010000 -> "a named pipe";
          case 0020000 -> "a character device";
          case 0060000 -> "a block device";
          case 0140000 -> "a socket";
          case 0040000 -> "a directory";
          default -> "a special file";
        };
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // fall through
    }
    return "a special file";
  }
}
