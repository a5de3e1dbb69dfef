package org.crosscheck.english;

import org.crosscheck.ClaimExtractor;
import org.crosscheck.Language;
import org.crosscheck.english.internal.EnglishExtraction;
import org.crosscheck.english.internal.profile.EnglishProfile;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.LanguageSupport;

/**
 * Plugs English claim extraction into Crosscheck: registered in {@code META-INF/services}, found by
 * {@link ClaimExtractor#builder()}. Cheap to construct; models load on the first English article. Thread-safe.
 */
public final class EnglishLanguageSupport implements LanguageSupport {

  /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
  public EnglishLanguageSupport() {}

  @Override
  public Language language() {
    return Language.ENGLISH;
  }

  @Override
  public String artifactId() {
    return "crosscheck-english";
  }

  @Override
  public LanguageExtraction<?> extraction() {
    return EnglishExtraction.get();
  }

  @Override
  public LanguageProfile profile() {
    return EnglishProfile.get();
  }
}
