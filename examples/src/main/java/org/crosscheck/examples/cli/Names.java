package org.crosscheck.examples.cli;

import com.google.common.base.CharMatcher;

/**
 * Makes names that come from outside (file names, ids derived from them) safe to print: bidi controls, zero-width
 * characters and the soft hyphen are removed, so that a file called {@code "report\u202Etxt.exe"} cannot reorder
 * what a terminal or a page shows; other control characters (a newline or an escape in a file name) become
 * {@code ?}. Stateless.
 */
final class Names {

  private Names() {}

  private static final CharMatcher INVISIBLE = CharMatcher.anyOf("\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF\u061C"
      + "\u00AD").or(CharMatcher.inRange('\u202A', '\u202E')).or(CharMatcher.inRange('\u2066', '\u2069'));

  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();

  /** {@code s} without invisible formatting and with control characters shown as {@code ?}. */
  static String clean(String s) {
    return CONTROL.replaceFrom(INVISIBLE.removeFrom(s), '?');
  }
}
