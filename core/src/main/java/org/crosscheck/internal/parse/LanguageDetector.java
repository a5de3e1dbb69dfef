package org.crosscheck.internal.parse;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Language;
import org.crosscheck.internal.Profiles;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.Vocabulary;

/**
 * Detects the language of a text by its script and, for Latin script, by its commonest function words: those the
 * language profiles give, and core's list ({@code detection-words.tsv}) for other common news languages. The news
 * Crosscheck reads is long enough for this to be reliable; the mixed-script cases that matter (Arabic articles
 * quoting English names, English articles with an Arabic image caption) are decided by the majority script.
 *
 * <p>Why not a library: the well-kept detectors on Maven Central (Lingua, Optimaize) bring tens of megabytes of
 * n-gram models for the two languages this project reads; a script count plus stop words tells English and
 * Arabic apart without error and names the other common news languages well enough to refuse them. Immutable and
 * thread-safe.
 */
final class LanguageDetector {

  /** Common function words of Latin-script languages without a module, to name them well enough to refuse them. */
  private static final String CORE_WORDS = "detection-words.tsv";

  /** Function words per language code, in the order ties are broken: profiles first, then core's list. */
  private final Map<String, Set<String>> stopwords;

  private LanguageDetector(Map<String, Set<String>> stopwords) {
    this.stopwords = stopwords;
  }

  /**
   * A detector with the detection words of {@code profiles} (English's come from the English module) and core's
   * list for the other common Latin-script news languages.
   */
  static LanguageDetector of(Profiles profiles) {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (LanguageProfile p : profiles.all()) {
      if (!p.detectionWords().isEmpty()) {
        words.put(p.language().code(), p.detectionWords());
      }
    }
    Map<String, Set<String>> core = new LinkedHashMap<>();
    for (Vocabulary.Row r : Vocabulary.read(LanguageDetector.class, CORE_WORDS,
        Vocabulary.Shape.of(2).keyFields(2).lowerCase())) {
      core.computeIfAbsent(Language.of(r.get(1)).code(), k -> new HashSet<>()).add(r.get(0).toLowerCase(Locale.ROOT));
    }
    core.forEach((lang, set) -> words.putIfAbsent(lang, Set.copyOf(set)));
    return new LanguageDetector(Collections.unmodifiableMap(words));
  }

  /** The language of {@code text}: {@link Language#UNDETERMINED} when it has fewer than 20 letters. */
  Language detect(String text) {
    int arabic = 0;
    int persianOnly = 0;
    int latin = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    int hebrew = 0;
    int greek = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int devanagari = 0;
    int thai = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case ARABIC -> {
          arabic++;
          if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF') {
            persianOnly++;
          }
        }
        case LATIN -> latin++;
        case CYRILLIC -> {
          cyrillic++;
          if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є') {
            ukrainian++;
          }
        }
        case HEBREW -> hebrew++;
        case GREEK -> greek++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case DEVANAGARI -> devanagari++;
        case THAI -> thai++;
        default -> { }
      }
    }
    if (letters < 20) {
      return Language.UNDETERMINED;
    }
    int[] counts = {arabic, latin, cyrillic, hebrew, greek, han + kana, hangul, devanagari, thai};
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    if (counts[best] * 2 < letters) {
      return Language.UNDETERMINED;
    }
    return switch (best) {
      case 0 -> persianOnly * 100 > arabic ? Language.of("fa") : Language.ARABIC;
      case 1 -> latin(text);
      case 2 -> ukrainian * 200 > cyrillic ? Language.of("uk") : Language.of("ru");
      case 3 -> Language.of("he");
      case 4 -> Language.of("el");
      case 5 -> kana > 0 && kana * 10 > han ? Language.of("ja") : Language.of("zh");
      case 6 -> Language.of("ko");
      case 7 -> Language.of("hi");
      default -> Language.of("th");
    };
  }

  private Language latin(String text) {
    Map<String, Integer> score = new HashMap<>();
    int words = 0;
    for (String raw : text.split("[^\\p{L}]+")) {
      if (raw.isEmpty()) {
        continue;
      }
      words++;
      if (raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT))) {
        // "UN", "EU", "DE": an acronym in capitals names something; it is no article or preposition ("un", "de").
        continue;
      }
      String w = raw.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : stopwords.entrySet()) {
        if (e.getValue().contains(w)) {
          score.merge(e.getKey(), 1, Integer::sum);
        }
      }
      if (words > 5000) {
        break;
      }
    }
    String best = null;
    int bestScore = 0;
    for (String lang : stopwords.keySet()) {
      int s = score.getOrDefault(lang, 0);
      if (s > bestScore) {
        best = lang;
        bestScore = s;
      }
    }
    // Without function words (a list of names, a headline) Latin-script text is most likely English here.
    if (best == null || bestScore * 50 < words) {
      return words >= 3 ? Language.ENGLISH : Language.UNDETERMINED;
    }
    return Language.of(best);
  }
}
