package org.crosscheck.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads N} option the batch commands share, checked the same way everywhere. */
final class ThreadsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
    }
    this.threads = n;
  }

  int get() {
    return threads;
  }
}
