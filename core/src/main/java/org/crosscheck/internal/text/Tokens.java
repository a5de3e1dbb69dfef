package org.crosscheck.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens with their offsets, for alias matching and lexicon lookups that must work the
 * same on any language: a token is a run of letters and digits (Arabic diacritics and tatweel stay inside the
 * word); apostrophes, hyphens, dots and everything else separate tokens. An English possessive ({@code 's},
 * {@code ’s}) is not a token of its own: it marks the token before it.
 */
public final class Tokens {

  private Tokens() {}

  /**
   * A token.
   *
   * @param start offset in the text, inclusive
   * @param end offset in the text, exclusive
   * @param folded the token folded for matching ({@link ArabicText#fold(CharSequence)}: lower case, Arabic letter
   *     variants unified, diacritics dropped)
   * @param possessive whether an English possessive followed it
   * @param capitalized whether it starts with an upper-case letter
   * @param allCaps whether it has at least two letters, all upper case
   */
  public record Token(int start, int end, String folded, boolean possessive, boolean capitalized,
      boolean allCaps) {

    public String surface(CharSequence text) {
      return text.subSequence(start, end).toString();
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicText.isDiacritic(c) || c == ArabicText.TATWEEL;
  }

  /** Tokenises {@code text[from, to)}. */
  public static List<Token> tokenize(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if ((c == '\'' || c == '\u2019') && !out.isEmpty() && out.get(out.size() - 1).end() == i
            && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= to || !isWordChar(text.charAt(i + 2)))) {
          Token prev = out.remove(out.size() - 1);
          out.add(new Token(prev.start(), prev.end(), prev.folded(), true, prev.capitalized(), prev.allCaps()));
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      int s = i;
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      out.add(make(text, s, i));
    }
    return out;
  }

  public static List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  private static Token make(CharSequence text, int s, int e) {
    boolean cap = Character.isUpperCase(text.charAt(s));
    int letters = 0;
    boolean allUpper = true;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          allUpper = false;
        }
      }
    }
    return new Token(s, e, ArabicText.fold(text.subSequence(s, e)), false, cap, letters >= 2 && allUpper);
  }
}
