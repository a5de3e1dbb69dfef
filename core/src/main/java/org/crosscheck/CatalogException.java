package org.crosscheck;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An actor catalog file or entry is invalid. For files, {@link #file()} and {@link #line()} point at the
 * offending row and the message reads {@code file:line: reason}.
 */
public final class CatalogException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public CatalogException(String message) {
    super(message);
    this.file = null;
    this.line = -1;
  }

  public CatalogException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
    this.file = null;
    this.line = -1;
  }

  /** The catalog file, when the error comes from one. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line of the offending row, when the error comes from a file. */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }
}
