package org.crosscheck.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code crosscheck bench}: placeholder replaced below. */
@Command(name = "bench")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
