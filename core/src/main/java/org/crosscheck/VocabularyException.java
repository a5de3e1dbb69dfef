package org.crosscheck;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A word list of a language module (stance cues, speech verbs, date words …) is missing or invalid. Word lists
 * are read once, when a module is first used; a bad list fails loudly instead of silently losing entries. For
 * errors in a file, {@link #file()} and {@link #line()} point at the offending row and the message reads
 * {@code file:line: reason}.
 */
public final class VocabularyException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public VocabularyException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public VocabularyException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.line = -1;
  }

  /** The word-list file, as a class-path resource name. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line of the offending row, when the error is about one row. */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }
}
