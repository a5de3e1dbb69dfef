package org.crosscheck.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms under which a folded word can match a dictionary entry: the word itself first, then the word with
 * Arabic proclitics (و ف ب ل ك) and the article ال removed, with the feminine or plural ending of a nisba
 * adjective reduced (الروسية → روسي), or with an English plural {@code s} removed. Dictionary entries are stored
 * in {@link #key(String)} form, so the two sides meet.
 */
public final class MatchForms {

  private MatchForms() {}

  private static final String AL = "\u0627\u0644";

  /** Whether the folded word is written in Arabic script. */
  public static boolean isArabic(String folded) {
    return !folded.isEmpty() && ArabicText.isArabicLetter(folded.charAt(0));
  }

  /** The dictionary form of one folded word: Arabic words lose a leading article. */
  public static String key(String folded) {
    if (folded.length() >= 4 && folded.startsWith(AL)) {
      return folded.substring(2);
    }
    return folded;
  }

  /**
   * The candidate forms of a folded word, the word's own {@link #key(String)} form first.
   *
   * @param withProclitics whether conjunctions and prepositions may be attached (true for the first word of a
   *     phrase; inner words only lose the article)
   */
  public static List<String> forms(String folded, boolean withProclitics) {
    List<String> out = new ArrayList<>(6);
    add(out, key(folded));
    if (!isArabic(folded)) {
      if (folded.length() == 1) {
        // A letter of an acronym written with dots ("U.N."); the catalog's case rules decide whether it is one.
        out.add(folded);
      }
      if (folded.length() >= 5 && folded.endsWith("s") && !folded.endsWith("ss")) {
        add(out, folded.substring(0, folded.length() - 1));
      }
      return out;
    }
    if (withProclitics) {
      String rest = folded;
      if ((rest.charAt(0) == '\u0648' || rest.charAt(0) == '\u0641') && rest.length() >= 4) {
        rest = rest.substring(1);
        add(out, key(rest));
      }
      if (rest.length() >= 5 && rest.startsWith("\u0644\u0644")) {
        add(out, rest.substring(2));
      }
      char p = rest.charAt(0);
      if ((p == '\u0628' || p == '\u0644' || p == '\u0643') && rest.length() >= 4) {
        add(out, key(rest.substring(1)));
      }
    }
    int n = out.size();
    for (int i = 0; i < n; i++) {
      String f = out.get(i);
      String adj = nisba(f);
      if (adj != null) {
        add(out, adj);
      }
    }
    return out;
  }

  /** روسيه → روسي, سوريين → سوري, روسيون → روسي; null when the word has no such ending. */
  static String nisba(String f) {
    if (f.length() >= 5 && f.endsWith("\u064A\u0647")) {
      return f.substring(0, f.length() - 1);
    }
    if (f.length() >= 6 && (f.endsWith("\u064A\u064A\u0646") || f.endsWith("\u064A\u0648\u0646"))) {
      return f.substring(0, f.length() - 2);
    }
    return null;
  }

  private static void add(List<String> out, String f) {
    if (f.length() >= 2 && !out.contains(f)) {
      out.add(f);
    }
  }
}
