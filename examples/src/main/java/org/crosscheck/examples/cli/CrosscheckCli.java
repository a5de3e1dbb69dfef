package org.crosscheck.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command-line tool: {@code parse}, {@code actors}, {@code extract}, {@code analyze}, {@code watch},
 * {@code eval} and {@code bench}. Run {@code java -jar examples/target/crosscheck.jar help} for the verbs.
 *
 * <p>Exit codes: 0 success; 1 some inputs could not be read or parsed (each is reported, the rest were processed);
 * 2 usage error (including an {@code --output} that cannot be written, checked before any work); 3 nothing could be
 * processed (also: out of memory); 4 the output could not be written (a full disk, a closed pipe).
 *
 * <p>Standard output and standard error are written in UTF-8 whatever the platform's encoding, and numbers in
 * every format are written with {@link Locale#ROOT}: the output is the same in every locale.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Finds conflicting stances of the same actor in English and Arabic news.",
    subcommands = {ParseCommand.class, ActorsCommand.class, ExtractCommand.class, AnalyzeCommand.class,
        WatchCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class CrosscheckCli {

  /** Exit code when some inputs failed but others were processed. */
  static final int SOME_FAILED = 1;
  /** Exit code on usage errors. */
  static final int USAGE = 2;
  /** Exit code when no input could be processed. */
  static final int ALL_FAILED = 3;
  /** Exit code when the output could not be written. */
  static final int OUTPUT_FAILED = 4;

  public static void main(String[] args) {
    FailureRecordingStream stdout = new FailureRecordingStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int exit = run(out, err, () -> stdout.failure().map(e -> e.getMessage()).orElse(null), args);
    err.flush();
    System.exit(exit);
  }

  /** Runs the tool on the process's standard output and error and returns its exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8)), new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true), args);
  }

  /**
   * Runs the tool writing to the given streams and returns its exit code (for tests and embedding). An error of
   * {@code out} ({@link PrintWriter#checkError()}) makes the exit code {@value #OUTPUT_FAILED}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, () -> null, args);
  }

  private static int run(PrintWriter out, PrintWriter err, java.util.function.Supplier<String> outFailure,
      String... args) {
    CommandLine cl = new CommandLine(new CrosscheckCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof OutputException o) {
        String why = o.stdout() ? outFailure.get() : null;
        cmd.getErr().println("crosscheck: " + o.getMessage() + (why == null ? "" : ": " + why));
        return OUTPUT_FAILED;
      }
      cmd.getErr().println("crosscheck: " + Messages.reason(ex instanceof RuntimeException r ? r
          : new RuntimeException(ex.getMessage(), ex)));
      return ALL_FAILED;
    });
    int exit;
    try {
      exit = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("crosscheck: " + Memory.advice(null));
      err.flush();
      return ALL_FAILED;
    }
    if (out.checkError()) {
      String why = outFailure.get();
      err.println("crosscheck: cannot write to standard output" + (why == null ? "" : ": " + why));
      err.flush();
      return OUTPUT_FAILED;
    }
    return exit;
  }
}
