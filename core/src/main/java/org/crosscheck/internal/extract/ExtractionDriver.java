package org.crosscheck.internal.extract;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.LanguageSupport;
import org.crosscheck.spi.SentenceView;

/**
 * The language-neutral extraction driver: runs a module's {@link LanguageExtraction} over an article and turns the
 * drafts its rules read into claims (see {@link ArticleRun} for the steps). Immutable and thread-safe: each call of
 * {@link #extract(Article)} reads the article on its own state.
 *
 * @param <S> the module's annotation of a sentence
 */
public final class ExtractionDriver<S extends SentenceView> implements ClaimExtractor {

  private final Language language;
  private final LanguageExtraction<S> extraction;
  private final LanguageProfile profile;
  private final ExtractorSettings settings;

  private ExtractionDriver(Language language, LanguageExtraction<S> extraction, LanguageProfile profile,
      ExtractorSettings settings) {
    this.language = language;
    this.extraction = extraction;
    this.profile = profile;
    this.settings = settings;
  }

  /** The driver for a language module with the given settings. */
  public static ClaimExtractor of(LanguageSupport support, ExtractorSettings settings) {
    requireNonNull(support, "support");
    requireNonNull(settings, "settings");
    return create(support.language(), support.extraction(), support.profile(), settings);
  }

  private static <S extends SentenceView> ExtractionDriver<S> create(Language language,
      LanguageExtraction<S> extraction, LanguageProfile profile, ExtractorSettings settings) {
    return new ExtractionDriver<>(requireNonNull(language, "language"), requireNonNull(extraction, "extraction"),
        requireNonNull(profile, "profile"), settings);
  }

  @Override
  public ExtractionResult extract(Article article) {
    requireNonNull(article, "article");
    settings.admit(article, language);
    extraction.check(article);
    return new ArticleRun<>(article, extraction, profile, settings).run();
  }

  @Override
  public Set<Language> languages() {
    return Set.of(language);
  }
}
