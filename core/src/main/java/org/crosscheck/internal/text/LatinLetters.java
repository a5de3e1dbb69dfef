package org.crosscheck.internal.text;

import java.text.Normalizer;

/**
 * Latin letters with a diacritic to their base letter ("ô" → "o", "ç" → "c", "ğ" → "g", "ı" → "i"), one character for
 * one, so that "Côte d'Ivoire" in a text matches "COTE_D'IVOIRE" in a dictionary and "Erdoğan" matches "Erdogan":
 * wire copy spells names both ways. Covers Latin-1 Supplement and Latin Extended-A and B; other characters are
 * returned unchanged. Stateless and thread-safe.
 */
final class LatinLetters {

  private static final char FIRST = '\u00C0';
  private static final char LAST = '\u024F';
  private static final char[] BASE = table();

  private LatinLetters() {}

  /** The base letter of {@code c}, or {@code c} itself when it has none. */
  static char base(char c) {
    return c >= FIRST && c <= LAST ? BASE[c - FIRST] : c;
  }

  private static char[] table() {
    char[] t = new char[LAST - FIRST + 1];
    for (char c = FIRST; c <= LAST; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char b = d.charAt(0);
      t[c - FIRST] = d.length() > 1 && b < 128 && Character.isLetter(b) ? b : c;
    }
    // Letters Unicode does not decompose, whose readers write them plain in English copy ("Diyarbakir", "Lodz").
    t['\u00F8' - FIRST] = 'o';
    t['\u00D8' - FIRST] = 'O';
    t['\u0131' - FIRST] = 'i';
    t['\u0142' - FIRST] = 'l';
    t['\u0141' - FIRST] = 'L';
    t['\u0111' - FIRST] = 'd';
    t['\u0110' - FIRST] = 'D';
    return t;
  }
}
