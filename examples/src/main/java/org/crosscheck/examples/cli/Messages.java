package org.crosscheck.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.ArticleParseException;

/** The lines the commands print on standard error about their inputs, and the exit code they lead to. Stateless. */
final class Messages {

  private Messages() {}

  /** Prints what a walk left out: skipped paths with their reason, then the notes. */
  static void walk(PrintWriter err, Inputs.Selection s) {
    s.skipped().forEach(x -> err.println("crosscheck: skipped " + x.name() + ": " + x.reason()));
    s.notes().forEach(n -> err.println("crosscheck: note: " + n));
    err.flush();
  }

  /** The message for an empty selection: nothing to read in the paths given. */
  static void nothingToRead(PrintWriter err, List<java.nio.file.Path> paths) {
    err.println("crosscheck: nothing to read: no article file in " + String.join(", ",
        paths.stream().map(p -> Names.clean(p.toString())).toList()));
    err.flush();
  }

  /** The reason of a failure without the file name the parser put in front of it (messages name it once). */
  static String reason(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    if (e instanceof ArticleParseException p) {
      if (p.source().isPresent() && m.startsWith(p.source().get() + ": ")) {
        m = m.substring(p.source().get().length() + 2);
      }
      if (p.reason() == ArticleParseException.Reason.TOO_LARGE) {
        // The library's hint names its builder; on the command line the option is the way.
        m = m.replaceFirst(" \\(raise it with ParseOptions.*$", "") + " (raise it with --max-chars)";
      }
    }
    return Names.clean(m);
  }

  /** 0 when everything was read, 1 when some inputs were skipped, 3 when none was read. */
  static int exitCode(int read, int skipped) {
    return read == 0 ? CrosscheckCli.ALL_FAILED : skipped > 0 ? CrosscheckCli.SOME_FAILED : 0;
  }
}
