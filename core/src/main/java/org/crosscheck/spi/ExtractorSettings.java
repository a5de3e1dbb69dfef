package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crosscheck.ActorCatalog;

/**
 * The settings a {@link LanguageSupport} builds its extractor from: the actor catalog and the limits.
 * Immutable and thread-safe; built by {@link org.crosscheck.ClaimExtractor.Builder} or, in tests, by
 * {@link #builder()}.
 */
public final class ExtractorSettings {

  /** Default bound on the tokens of a sentence analysed in depth. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 80;
  /** Default bound on the characters of an article. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1 << 20;

  private final ActorCatalog catalog;
  private final int maxSentenceTokens;
  private final int maxArticleChars;
  private final boolean keepUntargeted;

  private ExtractorSettings(Builder b) {
    this.catalog = b.catalog;
    this.maxSentenceTokens = b.maxSentenceTokens;
    this.maxArticleChars = b.maxArticleChars;
    this.keepUntargeted = b.keepUntargeted;
  }

  /** A builder with the default limits and the default catalog. */
  public static Builder builder() {
    return new Builder();
  }

  /** The settings with every default. */
  public static ExtractorSettings defaults() {
    return builder().build();
  }

  /**
   * Checks that an extractor for {@code language} may read {@code article}: its language, and its length against
   * {@link #maxArticleChars()}.
   *
   * @throws org.crosscheck.UnsupportedLanguageException if the article is in another language
   * @throws org.crosscheck.ExtractionException if the article is longer than the limit
   */
  public void admit(org.crosscheck.Article article, org.crosscheck.Language language) {
    requireNonNull(article, "article");
    requireNonNull(language, "language");
    if (!article.language().equals(language)) {
      throw new org.crosscheck.UnsupportedLanguageException(article.language(), java.util.Set.of(language),
          "the " + language.displayName() + " extractor was given article " + article.id());
    }
    if (article.text().length() > maxArticleChars) {
      throw new org.crosscheck.ExtractionException("article " + article.id() + " has " + article.text().length()
          + " characters, more than the limit of " + maxArticleChars);
    }
  }

  public ActorCatalog catalog() {
    return catalog;
  }

  public int maxSentenceTokens() {
    return maxSentenceTokens;
  }

  public int maxArticleChars() {
    return maxArticleChars;
  }

  /** Whether support and opposition with no target are kept in articles of more than one sentence. */
  public boolean keepUntargeted() {
    return keepUntargeted;
  }

  /** Builds {@link ExtractorSettings}. Not thread-safe. */
  public static final class Builder {
    private ActorCatalog catalog;
    private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;
    private boolean keepUntargeted;

    private Builder() {}

    public Builder catalog(ActorCatalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    public Builder maxSentenceTokens(int maxSentenceTokens) {
      checkArgument(maxSentenceTokens >= 5, "maxSentenceTokens must be >= 5, got %s", maxSentenceTokens);
      this.maxSentenceTokens = maxSentenceTokens;
      return this;
    }

    public Builder maxArticleChars(int maxArticleChars) {
      checkArgument(maxArticleChars >= 1000, "maxArticleChars must be >= 1000, got %s", maxArticleChars);
      this.maxArticleChars = maxArticleChars;
      return this;
    }

    public Builder keepUntargeted(boolean keepUntargeted) {
      this.keepUntargeted = keepUntargeted;
      return this;
    }

    public ExtractorSettings build() {
      if (catalog == null) {
        catalog = ActorCatalog.defaultCatalog();
      }
      return new ExtractorSettings(this);
    }
  }
}
