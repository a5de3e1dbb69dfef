package org.crosscheck.examples.cli;

/** The output could not be written: the command stops and the tool exits with code 4. */
final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean stdout;

  OutputException(String message, Throwable cause, boolean stdout) {
    super(message, cause);
    this.stdout = stdout;
  }

  /** Whether standard output failed (its reason is known to whoever opened it). */
  boolean stdout() {
    return stdout;
  }
}
