package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * No language module on the class path handles the article's language. The message names the language, the
 * languages that are available, and the artifact to add when Crosscheck has a module for the language.
 */
public final class UnsupportedLanguageException extends CrosscheckException {

  private static final long serialVersionUID = 1L;

  private final Language language;
  private final Set<Language> available;

  public UnsupportedLanguageException(Language language, Set<Language> available, String detail) {
    super(message(language, available, detail));
    this.language = requireNonNull(language, "language");
    this.available = Set.copyOf(available);
  }

  private static String message(Language language, Set<Language> available, String detail) {
    String have = available.isEmpty()
        ? "no language module is on the class path"
        : "available: " + available.stream().sorted(Comparator.comparing(Language::code))
            .map(l -> l.code() + " (" + l.displayName() + ")").collect(Collectors.joining(", "));
    String artifact = Language.moduleArtifact(language)
        .map(a -> "; add the Maven artifact org.crosscheck:" + a)
        .orElse("; Crosscheck has no module for this language");
    return "language '" + language.code() + "' (" + language.displayName() + ") is not supported: " + have
        + artifact + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /** The language that was asked for. */
  public Language language() {
    return language;
  }

  /** The languages the class path supports. */
  public Set<Language> available() {
    return available;
  }
}
