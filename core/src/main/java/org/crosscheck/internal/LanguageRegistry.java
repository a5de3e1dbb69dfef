package org.crosscheck.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.UnsupportedLanguageException;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.LanguageSupport;

/** Finds the {@link LanguageSupport} plug-ins on the class path once and builds dispatching extractors. */
public final class LanguageRegistry {

  private LanguageRegistry() {}

  /** Loaded once: the class path does not change while the JVM runs. */
  private static final class Holder {
    static final Map<Language, LanguageSupport> SUPPORTS = load();
  }

  private static Map<Language, LanguageSupport> load() {
    Map<Language, LanguageSupport> found = new LinkedHashMap<>();
    try {
      for (LanguageSupport s : ServiceLoader.load(LanguageSupport.class, LanguageRegistry.class.getClassLoader())) {
        found.putIfAbsent(s.language(), s);
      }
    } catch (ServiceConfigurationError e) {
      throw new ExtractionException("a Crosscheck language module could not be loaded: " + e.getMessage(), e);
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Loaded on first use by a core service, apart from the modules so that building an extractor stays cheap. A
   * word list that fails to load is not cached: every use reports the same {@link org.crosscheck.VocabularyException}
   * rather than a class initialisation error.
   */
  private static final Supplier<Profiles> PROFILES = Suppliers.memoize(
      () -> Profiles.of(Holder.SUPPORTS.values().stream().map(LanguageSupport::profile).toList()));

  /** The profiles of the modules on the class path: the vocabulary core's parser, dates and mentions use. */
  static Profiles profiles() {
    return PROFILES.get();
  }

  /** The languages with a module on the class path. */
  public static Set<Language> available() {
    return Set.copyOf(Holder.SUPPORTS.keySet());
  }

  /** Builds an extractor for {@code wanted} (all available when empty). */
  public static ClaimExtractor extractor(ExtractorSettings settings, Set<Language> wanted) {
    Map<Language, LanguageSupport> supports = Holder.SUPPORTS;
    Map<Language, ClaimExtractor> extractors = new LinkedHashMap<>();
    for (Language l : wanted.isEmpty() ? supports.keySet() : wanted) {
      LanguageSupport s = supports.get(l);
      if (s == null) {
        throw new UnsupportedLanguageException(l, supports.keySet(), null);
      }
      extractors.put(l, s.createExtractor(settings));
    }
    return new Dispatching(Map.copyOf(extractors), supports.keySet());
  }

  /** Routes each article to the extractor of its language. Thread-safe: the map is immutable. */
  private record Dispatching(Map<Language, ClaimExtractor> byLanguage, Set<Language> onClassPath)
      implements ClaimExtractor {

    @Override
    public ExtractionResult extract(Article article) {
      java.util.Objects.requireNonNull(article, "article");
      ClaimExtractor e = byLanguage.get(article.language());
      if (e == null) {
        throw new UnsupportedLanguageException(article.language(), byLanguage.keySet(),
            "article " + article.id());
      }
      return e.extract(article);
    }

    @Override
    public Set<Language> languages() {
      return byLanguage.keySet();
    }
  }

}
