package org.crosscheck.arabic.internal.rules;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The stems a dictionary verb (its perfect, folded: "اعتقل", "رحب") takes in text besides its own, so that a lemma
 * meets the imperfect and the masdar ArabicStemmer leaves: one rule per verb pattern, each applied only where the
 * undiacritised lemma shows its pattern for sure. Stateless.
 */
final class VerbForms {

  private VerbForms() {}

  private static final char ALEF = '\u0627';
  private static final char TEH = '\u062A';
  private static final char YEH = '\u064A';
  /** Lemmas this long and starting with alef are of forms VII, VIII or X (انسحب، اعتقل، استهدف), never doubled. */
  private static final int DERIVED_WITH_ALEF = 5;

  /**
   * The stems of the imperfect: the lemma, and for forms IV, VII, VIII and X the lemma without its initial alef
   * ("اعتقل" → يـ"عتقل"، "استهدف" → يـ"ستهدف"); for form IV of a hollow root, its yeh ("ادان" → يـ"دين").
   */
  static Set<String> imperfect(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    if (lemma.length() == DERIVED_WITH_ALEF - 1 && lemma.charAt(0) == ALEF && lemma.charAt(2) == ALEF) {
      // Form IV of a hollow root: أدان / يـدين، أشاد / يـشيد.
      out.add("" + lemma.charAt(1) + YEH + lemma.charAt(3));
    } else if (lemma.length() >= DERIVED_WITH_ALEF - 1 && lemma.charAt(0) == ALEF) {
      out.add(lemma.substring(1));
    }
    return out;
  }

  /**
   * The stems of the masdar: the lemma (رفض، قصف، تظاهر; also what the stemmer leaves of مهاجمة); for forms VII,
   * VIII and X an alef before the last letter (اعتقال، انسحاب، استهداف); for a three-letter lemma the pattern
   * تفعيل of form II (ترحيب، تحذير، تهديد). A four-letter lemma with alef (أدان، احتجّ) is left alone: hollow and
   * doubled roots do not follow the pattern, and "احتاج" (needed) is not the masdar of احتج.
   */
  static Set<String> masdars(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    int n = lemma.length();
    if (n >= DERIVED_WITH_ALEF && lemma.charAt(0) == ALEF) {
      out.add(lemma.substring(0, n - 1) + ALEF + lemma.charAt(n - 1));
    }
    if (n == 3 && lemma.charAt(0) != ALEF) {
      out.add(TEH + lemma.substring(0, 2) + YEH + lemma.charAt(2));
    }
    return out;
  }
}
