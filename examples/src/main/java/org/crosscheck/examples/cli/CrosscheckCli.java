package org.crosscheck.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command-line tool: {@code parse}, {@code actors}, {@code extract}, {@code analyze}, {@code watch},
 * {@code eval} and {@code bench}. Run {@code java -jar examples/target/crosscheck.jar help} for the verbs.
 *
 * <p>Exit codes: 0 success; 1 some input files could not be read or parsed (the rest were processed); 2 usage
 * error; 3 nothing could be processed.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
    description = "Finds conflicting stances of the same actor in English and Arabic news.",
    subcommands = {ParseCommand.class, ActorsCommand.class, ExtractCommand.class, AnalyzeCommand.class,
        WatchCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class CrosscheckCli {

  /** Exit code when some inputs failed but others were processed. */
  static final int SOME_FAILED = 1;
  /** Exit code when no input could be processed. */
  static final int ALL_FAILED = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the tool writing to the given streams and returns its exit code (for tests and embedding). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new CrosscheckCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("crosscheck: " + ex.getMessage());
      return ALL_FAILED;
    });
    return cl.execute(args);
  }
}
