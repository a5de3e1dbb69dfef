package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.internal.text.MatchForms;

/**
 * The text folding Crosscheck matches on, for language modules that match their own lexicons the same way the
 * actor catalog does: lower case; Arabic alef and hamza forms, teh marbuta, alef maqsura, Persian yeh and keheh
 * unified; diacritics and tatweel dropped; Arabic-Indic digits as ASCII. Stateless and thread-safe.
 */
public final class TextForms {

  private TextForms() {}

  /** Folds a word or a phrase. */
  public static String fold(CharSequence text) {
    return ArabicText.fold(requireNonNull(text, "text"));
  }

  /**
   * The forms under which a folded word can match a lexicon entry: itself first, then without Arabic proclitics
   * (و ف ب ل ك) and the article ال, with nisba endings reduced (الروسية → روسي), or without an English plural s.
   *
   * @param withProclitics whether conjunctions and prepositions may be attached to the word
   */
  public static List<String> forms(String folded, boolean withProclitics) {
    return MatchForms.forms(requireNonNull(folded, "folded"), withProclitics);
  }

  /** A folded Arabic word without its article: the lexicon key form. */
  public static String key(String folded) {
    return MatchForms.key(requireNonNull(folded, "folded"));
  }

  /** Whether the character is a letter of the Arabic script. */
  public static boolean isArabicLetter(char c) {
    return ArabicText.isArabicLetter(c);
  }

  /** Whether the character is an Arabic diacritic (haraka, tanwin, shadda, sukun). */
  public static boolean isDiacritic(char c) {
    return ArabicText.isDiacritic(c);
  }
}
