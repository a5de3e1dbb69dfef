package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A natural language, identified by its ISO 639 code ({@code "en"}, {@code "ar"}, {@code "fr"}; {@code "und"}
 * when it could not be determined).
 *
 * <p>Any language can be the language of an {@link Article}: the parser marks what it detects. Whether claims
 * can be extracted from it depends on the language modules on the class path
 * ({@link ClaimExtractor#languages()}). Immutable and thread-safe.
 *
 * @param code lower-case ISO 639-1 (two letters) or ISO 639-2/3 (three letters) code
 */
public record Language(String code) {

  // Declared before the constants below: they are validated against it during class initialisation.
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, String> MODULES = Map.of("en", "crosscheck-english", "ar", "crosscheck-arabic");

  /** English, supported by the artifact {@code crosscheck-english}. */
  public static final Language ENGLISH = new Language("en");
  /** Arabic (Modern Standard Arabic as written in the news), supported by {@code crosscheck-arabic}. */
  public static final Language ARABIC = new Language("ar");
  /** The language could not be determined (too little text, or no script the detector knows). */
  public static final Language UNDETERMINED = new Language("und");

  public Language {
    requireNonNull(code, "code");
    checkArgument(CODE.matcher(code).matches(), "code must be a lower-case ISO 639 code, got '%s'", code);
  }

  /**
   * The language with this ISO 639 code; upper case and region suffixes are accepted ({@code "EN"},
   * {@code "ar-SA"}, {@code "en_GB"}).
   *
   * @throws IllegalArgumentException if {@code code} is not an ISO 639 code
   */
  public static Language of(String code) {
    requireNonNull(code, "code");
    String base = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return switch (base) {
      case "en" -> ENGLISH;
      case "ar" -> ARABIC;
      case "und" -> UNDETERMINED;
      default -> new Language(base);
    };
  }

  /** The English name of the language ("English", "Arabic", "French"), or the code when Java does not know it. */
  public String displayName() {
    if (this.equals(UNDETERMINED)) {
      return "undetermined";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /** Whether the language is written right to left (Arabic, Persian, Urdu, Hebrew …). */
  public boolean isRightToLeft() {
    return switch (code) {
      case "ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv" -> true;
      default -> false;
    };
  }

  /** The artifact id of the Crosscheck module for a language, when one exists. */
  static Optional<String> moduleArtifact(Language language) {
    return Optional.ofNullable(MODULES.get(language.code()));
  }

  @Override
  public String toString() {
    return code;
  }
}
