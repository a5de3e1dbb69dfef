package org.crosscheck.english.internal.rules;

import java.util.Set;
import org.crosscheck.Language;
import org.crosscheck.spi.LanguageProfile;

/** The English vocabulary core services use, from the module's word lists. Loaded once; thread-safe. */
public final class EnglishProfile {

  private EnglishProfile() {}

  private static final class Holder {
    static final LanguageProfile INSTANCE = LanguageProfile.builder(Language.ENGLISH)
        .backgroundSections(Set.copyOf(EnglishLexicon.get().background(EnglishLexicon.BackgroundClass.SECTION)))
        .build();
  }

  /** The profile, loaded on first use. */
  public static LanguageProfile get() {
    return Holder.INSTANCE;
  }
}
