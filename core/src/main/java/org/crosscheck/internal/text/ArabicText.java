package org.crosscheck.internal.text;

/** Character classes and folding rules for Arabic script, shared by parsing and matching. */
public final class ArabicText {

  private ArabicText() {}

  public static final char TATWEEL = '\u0640';

  /** Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: removable without changing the word. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
        || (c >= '\u0610' && c <= '\u061A');
  }

  /** Whether {@code c} is a letter of the Arabic script (including Persian and Urdu letters). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u06FA' && c <= '\u06FC') || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹) digits to ASCII; other characters unchanged. */
  public static char asciiDigit(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c;
  }

  /** Replaces Arabic-Indic digits with ASCII digits, keeping the length. */
  public static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char d = asciiDigit(c);
      if (d != c) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, d);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Folds one character for matching: alef with hamza or madda and alef wasla to bare alef, teh marbuta to heh,
   * alef maqsura and Persian yeh to yeh, keheh to kaf, Arabic-Indic digits to ASCII, and lower case for other
   * scripts, Latin letters without their accents ({@link LatinLetters}: "côte" as "cote"). Returns 0 for characters
   * that matching ignores (Arabic diacritics, tatweel).
   */
  public static char fold(char c) {
    if (isDiacritic(c) || c == TATWEEL) {
      return 0;
    }
    switch (c) {
      case '\u0623': case '\u0625': case '\u0622': case '\u0671':
        return '\u0627';
      case '\u0629':
        return '\u0647';
      case '\u0649': case '\u06CC': case '\u064A':
        return '\u064A';
      case '\u06A9':
        return '\u0643';
      default:
        char d = asciiDigit(c);
        return d != c ? d : LatinLetters.base(Character.toLowerCase(c));
    }
  }

  /** {@link #fold(char)} over a string, dropping ignored characters. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f != 0) {
        b.append(f);
      }
    }
    return b.toString();
  }

  /**
   * Folds Arabic letter variants (alef forms to bare alef, alef maqsura and Persian yeh to yeh) and Arabic-Indic
   * digits one character for one, so that offsets in the result are offsets in {@code s}; case, teh marbuta and
   * diacritics are kept. Date patterns match on this form.
   */
  public static String foldKeepingOffsets(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char x = c[i];
      if (x == '\u0623' || x == '\u0625' || x == '\u0622' || x == '\u0671') {
        c[i] = '\u0627';
      } else if (x == '\u0649' || x == '\u06CC') {
        c[i] = '\u064A';
      } else {
        c[i] = asciiDigit(x);
      }
    }
    return new String(c);
  }
}
