package org.crosscheck.spi;

import org.crosscheck.ClaimExtractor;
import org.crosscheck.Language;

/**
 * The plug-in interface a language module implements. Modules register their implementation in
 * {@code META-INF/services/org.crosscheck.spi.LanguageSupport} (and with {@code provides} in a module
 * descriptor); {@link ClaimExtractor#builder()} finds them with {@link java.util.ServiceLoader}.
 *
 * <p>Implementations must have a public no-argument constructor, be cheap to construct (no model loading) and
 * thread-safe. The extractors they create must be thread-safe and should share their heavy NLP pipelines
 * across instances (one per JVM), since hosts may build several extractors with different catalogs.
 */
public interface LanguageSupport {

  /** The language this module reads. */
  Language language();

  /** The Maven artifact id of the module, for messages ({@code "crosscheck-english"}). */
  String artifactId();

  /** Creates an extractor for {@link #language()} with the given settings; must not load models eagerly. */
  ClaimExtractor createExtractor(ExtractorSettings settings);
}
