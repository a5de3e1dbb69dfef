package org.crosscheck.internal.text;

import java.text.Normalizer;

/**
 * Makes text ready for matching while keeping it readable: NFC; CRLF and CR to LF; no-break and other exotic
 * spaces to a plain space; tatweel, bidi controls, zero-width characters and the BOM removed; Persian yeh (ی)
 * and keheh (ک) read as Arabic yeh and kaf (scraped Arabic often mixes them in: "فی سوریا"); Arabic diacritics
 * optionally removed. Other control characters are dropped.
 */
public final class TextCleaner {

  private TextCleaner() {}

  /** Whether {@code c} is invisible formatting that only disturbs matching. */
  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u2060'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C'
        || c == '\u00AD' || c == ArabicText.TATWEEL;
  }

  public static String clean(String s, boolean stripDiacritics) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\r') {
        if (i + 1 < n.length() && n.charAt(i + 1) == '\n') {
          continue;
        }
        b.append('\n');
        continue;
      }
      if (isInvisible(c) || stripDiacritics && ArabicText.isDiacritic(c)) {
        continue;
      }
      if (c == '\u06CC') {
        b.append('\u064A');
      } else if (c == '\u06A9') {
        b.append('\u0643');
      } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')
          || c == '\u3000') {
        b.append(' ');
      } else if (c == '\t' || c == '\f' || c == '\u000B') {
        b.append(c == '\t' ? ' ' : '\n');
      } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        b.append('\n');
      } else if (Character.isISOControl(c) && c != '\n') {
        continue;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
