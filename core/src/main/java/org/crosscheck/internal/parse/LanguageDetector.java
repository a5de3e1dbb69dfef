package org.crosscheck.internal.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Language;

/**
 * Detects the language of a text by its script and, for Latin script, by its commonest function words. The news
 * Crosscheck reads is long enough for this to be reliable; the mixed-script cases that matter (Arabic articles
 * quoting English names, English articles with an Arabic image caption) are decided by the majority script.
 *
 * <p>Why not a library: the well-kept detectors on Maven Central (Lingua, Optimaize) bring tens of megabytes of
 * n-gram models for the two languages this project reads; a script count plus stop words tells English and
 * Arabic apart without error and names the other common news languages well enough to refuse them.
 */
final class LanguageDetector {

  private LanguageDetector() {}

  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said",
          "has", "have", "are", "from", "its", "which"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "une", "est", "que", "dans", "pour", "sur", "qui", "pas",
          "au", "avec", "il", "ce", "sont", "aux"),
      "es", Set.of("el", "la", "los", "las", "y", "de", "que", "en", "del", "por", "con", "una", "para", "es",
          "se", "al", "como", "su", "fue", "pero"),
      "de", Set.of("der", "die", "das", "und", "den", "von", "zu", "mit", "ist", "nicht", "sich", "auf", "des",
          "dem", "ein", "eine", "auch", "es", "im", "wurde"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "non", "una", "sono", "del", "della", "con", "gli",
          "le", "nel", "alla", "anche", "ha", "si"),
      "pt", Set.of("o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "uma", "os", "no", "na", "se",
          "por", "mais", "as", "dos", "foi"),
      "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
          "aan", "er", "ook", "als", "door", "werd"),
      "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi", "ama",
          "en", "kadar", "sonra", "değil", "ise", "mı", "ne"),
      "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
          "juga", "ke", "karena", "ada", "oleh", "sebagai", "telah", "mereka"));

  /** The language of {@code text}: {@link Language#UNDETERMINED} when it has fewer than 20 letters. */
  static Language detect(String text) {
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

  private static Language latin(String text) {
    Map<String, Integer> score = new HashMap<>();
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
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
    for (String lang : List.of("en", "fr", "es", "de", "it", "pt", "nl", "tr", "id")) {
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
