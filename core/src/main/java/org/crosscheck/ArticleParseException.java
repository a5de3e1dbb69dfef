package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The input cannot be turned into an {@link Article}: it is empty, binary, not valid UTF-8, larger than the
 * configured limit, or could not be read. The {@link #reason()} says which, the message says it in words a
 * person understands, and {@link #source()} names the file or URI when there is one.
 *
 * <p>Recoverable defects (no title found, no date, furniture removed) are not exceptions: they are listed in
 * {@link Article#warnings()}.
 */
public final class ArticleParseException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  /** Why the input was refused. */
  public enum Reason {
    /** The input is empty, blank, or nothing is left once page furniture is removed. */
    EMPTY,
    /** The input holds NUL bytes or control characters that no news text has. */
    BINARY,
    /** A file's bytes are not valid UTF-8. */
    INVALID_ENCODING,
    /** The input is larger than {@link ParseOptions#maxChars()}. */
    TOO_LARGE,
    /** The file could not be read. */
    UNREADABLE
  }

  private final Reason reason;
  private final String source;

  public ArticleParseException(Reason reason, String source, String message) {
    super(describe(source, message));
    this.reason = requireNonNull(reason, "reason");
    this.source = source;
  }

  public ArticleParseException(Reason reason, String source, String message, Throwable cause) {
    super(describe(source, message), cause);
    this.reason = requireNonNull(reason, "reason");
    this.source = source;
  }

  private static String describe(String source, String message) {
    return source == null ? message : source + ": " + message;
  }

  /** Why the input was refused. */
  public Reason reason() {
    return reason;
  }

  /** The file name or URI of the refused input, when it had one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
