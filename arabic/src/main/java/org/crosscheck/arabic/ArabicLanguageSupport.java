package org.crosscheck.arabic;

import org.crosscheck.ClaimExtractor;
import org.crosscheck.Language;
import org.crosscheck.arabic.internal.ArabicExtraction;
import org.crosscheck.arabic.internal.profile.ArabicProfile;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.LanguageSupport;

/**
 * Plugs Arabic claim extraction into Crosscheck: registered in {@code META-INF/services}, found by
 * {@link ClaimExtractor#builder()}. Cheap to construct; models load on the first Arabic article. Thread-safe.
 */
public final class ArabicLanguageSupport implements LanguageSupport {

  /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
  public ArabicLanguageSupport() {}

  @Override
  public Language language() {
    return Language.ARABIC;
  }

  @Override
  public String artifactId() {
    return "crosscheck-arabic";
  }

  @Override
  public LanguageExtraction<?> extraction() {
    return ArabicExtraction.get();
  }

  @Override
  public LanguageProfile profile() {
    return ArabicProfile.get();
  }
}
