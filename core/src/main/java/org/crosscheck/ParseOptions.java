package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Options of an {@link ArticleParser}. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create(ParseOptions.builder().maxChars(4 << 20).build());
 * }</pre>
 */
public final class ParseOptions {

  /** The default limit on input size: 2 MiB of characters. */
  public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

  private static final ParseOptions DEFAULTS = builder().build();

  private final int maxChars;
  private final boolean stripDiacritics;
  private final boolean removeFurniture;

  private ParseOptions(Builder b) {
    this.maxChars = b.maxChars;
    this.stripDiacritics = b.stripDiacritics;
    this.removeFurniture = b.removeFurniture;
  }

  /** The default options. */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest input accepted, in characters (for files: in bytes, checked before decoding). */
  public int maxChars() {
    return maxChars;
  }

  /** Whether Arabic diacritics (harakat, tanwin, shadda, sukun) are removed from the text. */
  public boolean stripDiacritics() {
    return stripDiacritics;
  }

  /** Whether page furniture is removed from scraped text (on by default). */
  public boolean removeFurniture() {
    return removeFurniture;
  }

  /** A builder initialised from these options. */
  public Builder toBuilder() {
    return new Builder().maxChars(maxChars).stripDiacritics(stripDiacritics).removeFurniture(removeFurniture);
  }

  @Override
  public String toString() {
    return "ParseOptions[maxChars=" + maxChars + ", stripDiacritics=" + stripDiacritics + ", removeFurniture="
        + removeFurniture + "]";
  }

  /** Builds {@link ParseOptions}; each setter checks its argument. Not thread-safe. */
  public static final class Builder {
    private int maxChars = DEFAULT_MAX_CHARS;
    private boolean stripDiacritics;
    private boolean removeFurniture = true;

    private Builder() {}

    /**
     * The largest input accepted; larger input is refused with {@link ArticleParseException.Reason#TOO_LARGE}.
     *
     * @throws IllegalArgumentException if {@code maxChars} is below 1 KiB
     */
    public Builder maxChars(int maxChars) {
      checkArgument(maxChars >= 1024, "maxChars must be at least 1024, got %s", maxChars);
      this.maxChars = maxChars;
      return this;
    }

    /** Removes Arabic diacritics from the article text (offsets then point into the stripped text). */
    public Builder stripDiacritics(boolean stripDiacritics) {
      this.stripDiacritics = stripDiacritics;
      return this;
    }

    /** Turns furniture removal off, for text that is already clean (every non-blank line is kept). */
    public Builder removeFurniture(boolean removeFurniture) {
      this.removeFurniture = removeFurniture;
      return this;
    }

    public ParseOptions build() {
      return new ParseOptions(this);
    }
  }
}
