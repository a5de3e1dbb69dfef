package org.crosscheck.spi;

import org.crosscheck.ClaimExtractor;
import org.crosscheck.Language;
import org.crosscheck.internal.extract.ExtractionDriver;

/**
 * The plug-in interface a language module implements. Modules register their implementation in
 * {@code META-INF/services/org.crosscheck.spi.LanguageSupport} (and with {@code provides} in a module
 * descriptor); {@link ClaimExtractor#builder()} finds them with {@link java.util.ServiceLoader}.
 *
 * <p>A module supplies its NLP and rules ({@link #extraction()}) and its vocabulary ({@link #profile()}); the
 * extraction driver in core does the rest, the same way for every language, and core's parser, date finder and
 * actor catalog read the profile's words. Adding a language is a module and its data files, with no edit in core.
 *
 * <p>Implementations must have a public no-argument constructor, be cheap to construct (no model loading) and
 * thread-safe.
 */
public interface LanguageSupport {

  /** The language this module reads. */
  Language language();

  /** The Maven artifact id of the module, for messages ({@code "crosscheck-english"}). */
  String artifactId();

  /** The module's NLP and rules; one shared, thread-safe instance whose models load on first use. */
  LanguageExtraction<?> extraction();

  /**
   * The module's vocabulary for core services (dates, page furniture, mention grammar, names of made-up actors,
   * detection words), read once per JVM; the default has none.
   */
  default LanguageProfile profile() {
    return LanguageProfile.empty(language());
  }

  /** An extractor for {@link #language()} with the given settings, on core's extraction driver. */
  default ClaimExtractor createExtractor(ExtractorSettings settings) {
    return ExtractionDriver.of(this, settings);
  }
}
