package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.internal.LanguageRegistry;
import org.crosscheck.spi.ExtractorSettings;

/**
 * Reads the claims in an {@link Article}: who says or does what, toward whom, with which stance, on whose word.
 *
 * <p>The extractor returned by {@link #create()} or {@link #builder()} handles every language whose module is on
 * the class path ({@code crosscheck-english}, {@code crosscheck-arabic}) and dispatches on
 * {@link Article#language()}; an article in another language is refused with an
 * {@link UnsupportedLanguageException} that names the available languages and the artifact to add.
 *
 * <p>Implementations are thread-safe: share one extractor between threads. NLP models are loaded on first use,
 * once per JVM, and shared by all extractors of the same language.
 *
 * <pre>{@code
 * ClaimExtractor extractor = ClaimExtractor.create();
 * for (Claim claim : extractor.extract(article).claims()) {
 *   System.out.println(claim.actor().name() + " → " + claim.target().map(ActorRef::name).orElse("-")
 *       + ": " + claim.stance());
 * }
 * }</pre>
 */
public interface ClaimExtractor {

  /**
   * Extracts the claims of one article.
   *
   * @throws UnsupportedLanguageException if the article's language is not one of {@link #languages()}
   * @throws ExtractionException if the NLP engine fails
   */
  ExtractionResult extract(Article article);

  /** The languages this extractor reads. */
  Set<Language> languages();

  /** An extractor for every language on the class path, with the default actor catalog and limits. */
  static ClaimExtractor create() {
    return builder().build();
  }

  /** A builder for an extractor with a custom catalog, limits or set of languages. */
  static Builder builder() {
    return new Builder();
  }

  /** The languages whose modules are on the class path. */
  static Set<Language> availableLanguages() {
    return LanguageRegistry.available();
  }

  /** Builds a {@link ClaimExtractor}; each setter checks its argument. Not thread-safe. */
  final class Builder {
    private ActorCatalog catalog;
    private int maxSentenceTokens = ExtractorSettings.DEFAULT_MAX_SENTENCE_TOKENS;
    private int maxArticleChars = ExtractorSettings.DEFAULT_MAX_ARTICLE_CHARS;
    private boolean keepUntargeted;
    private final Set<Language> languages = new LinkedHashSet<>();

    private Builder() {}

    /** The actor catalog that resolves actors and targets (default: {@link ActorCatalog#defaultCatalog()}). */
    public Builder catalog(ActorCatalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sentences longer than this many tokens are not analysed in depth (their number is reported in
     * {@link ExtractionResult#sentencesSkipped()}). Default 80.
     *
     * @throws IllegalArgumentException if outside [5, 1000]
     */
    public Builder maxSentenceTokens(int maxSentenceTokens) {
      checkArgument(maxSentenceTokens >= 5 && maxSentenceTokens <= 1000,
          "maxSentenceTokens must be in [5, 1000], got %s", maxSentenceTokens);
      this.maxSentenceTokens = maxSentenceTokens;
      return this;
    }

    /**
     * Articles with a longer text are refused with an {@link ExtractionException} instead of being annotated
     * (default 1 MiB of characters), which bounds the memory one article can take.
     *
     * @throws IllegalArgumentException if below 1,000
     */
    public Builder maxArticleChars(int maxArticleChars) {
      checkArgument(maxArticleChars >= 1000, "maxArticleChars must be >= 1000, got %s", maxArticleChars);
      this.maxArticleChars = maxArticleChars;
      return this;
    }

    /**
     * Whether support and opposition that name no target are kept in an article of more than one sentence (default
     * false: they are left out). There the article names almost always whom the stance is toward ("vowed to
     * retaliate", "welcomed the move", "accused both sides"), and a claim toward no one would misstate it; a host
     * that wants every stance found, with or without its target, sets this. Neutral claims ("monitoring the
     * situation") and the claims of a text of one sentence, which has no context to name a target, are kept either
     * way.
     */
    public Builder keepUntargeted(boolean keepUntargeted) {
      this.keepUntargeted = keepUntargeted;
      return this;
    }

    /**
     * Restricts the extractor to these languages. {@link #build()} fails with an
     * {@link UnsupportedLanguageException} if one of them has no module on the class path.
     */
    public Builder languages(Language... languages) {
      requireNonNull(languages, "languages");
      for (Language l : List.of(languages)) {
        this.languages.add(requireNonNull(l, "languages element"));
      }
      return this;
    }

    /** Builds the extractor. Models are not loaded here but on the first article of each language. */
    public ClaimExtractor build() {
      ExtractorSettings settings = ExtractorSettings.builder()
          .catalog(catalog == null ? ActorCatalog.defaultCatalog() : catalog)
          .maxSentenceTokens(maxSentenceTokens)
          .maxArticleChars(maxArticleChars)
          .keepUntargeted(keepUntargeted)
          .build();
      return LanguageRegistry.extractor(settings, languages);
    }
  }
}
