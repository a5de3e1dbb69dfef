package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.Language;

/**
 * The vocabulary a language module lends to Crosscheck's language-neutral services, loaded from the module's data
 * files: words that open a background or analysis section of an article. Immutable and thread-safe.
 */
public final class LanguageProfile {

  private final Language language;
  private final ImmutableSet<String> backgroundSections;

  private LanguageProfile(Builder b) {
    this.language = b.language;
    this.backgroundSections = b.backgroundSections.build();
  }

  /** A builder for the profile of {@code language}. */
  public static Builder builder(Language language) {
    return new Builder(language);
  }

  /** A profile without vocabulary. */
  public static LanguageProfile empty(Language language) {
    return builder(language).build();
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** Heading words that open a background or analysis section ("background", "analysis"), in lower case. */
  public Set<String> backgroundSections() {
    return backgroundSections;
  }

  /** Whether a heading opens a background or analysis section: it contains one of {@link #backgroundSections()}. */
  public boolean opensBackground(String heading) {
    String h = TextForms.fold(requireNonNull(heading, "heading")).toLowerCase(Locale.ROOT);
    for (String w : backgroundSections) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Builds a {@link LanguageProfile}. Not thread-safe. */
  public static final class Builder {
    private final Language language;
    private final ImmutableSet.Builder<String> backgroundSections = ImmutableSet.builder();

    private Builder(Language language) {
      this.language = requireNonNull(language, "language");
    }

    /** Adds heading words that open background or analysis sections. */
    public Builder backgroundSections(Set<String> words) {
      for (String w : requireNonNull(words, "words")) {
        backgroundSections.add(TextForms.fold(requireNonNull(w, "words element")).toLowerCase(Locale.ROOT));
      }
      return this;
    }

    public LanguageProfile build() {
      return new LanguageProfile(this);
    }
  }
}
