package org.crosscheck.english.internal.rules;

import java.util.Locale;

/**
 * Sentence ends the tokenizer takes for abbreviations. A full stop that closes an abbreviation is kept inside it, so
 * "… imposed by the U.S. The ministry said …" and "… in a post on X. Japan said …" stay one sentence, and the parse
 * of the joined pair loses the claims of both (or gives one sentence's verb to the other's subject). Such a stop
 * ends its sentence when the abbreviation has letters and stops of its own ("U.S.", "p.m.") and a word that only
 * opens sentences follows ({@code sentence-openers.tsv}), or when it is one capital letter after a preposition of a
 * platform ({@code platform-prepositions.tsv}) and any capitalised word follows. The break is marked by turning the
 * space after the stop into a line break, which the sentence splitter always honours: the text keeps its length,
 * so every offset stays the article's. Stateless.
 */
public final class SentenceBreaks {

  private SentenceBreaks() {}

  /** The text with the space after each such stop made a line break; the same length as {@code text}. */
  public static String mark(String text, EnglishLexicon lex) {
    char[] out = null;
    for (int i = text.indexOf('.'); i >= 0 && i + 2 < text.length(); i = text.indexOf('.', i + 1)) {
      if (text.charAt(i + 1) != ' ' || !Character.isUpperCase(text.charAt(i + 2)) || !ends(text, i, lex)) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      out[i + 1] = '\n';
    }
    return out == null ? text : new String(out);
  }

  private static boolean ends(String text, int stop, EnglishLexicon lex) {
    int start = stop;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String abbreviation = text.substring(start, stop);
    if (abbreviation.length() == 1 && Character.isUpperCase(abbreviation.charAt(0))) {
      return lex.platformPrepositions.contains(wordBefore(text, start));
    }
    return abbreviation.matches("(?:\\p{L}\\.)+\\p{L}") && lex.sentenceOpeners.contains(wordAfter(text, stop + 2));
  }

  private static String wordBefore(String text, int start) {
    int end = start - 1;
    if (end <= 0 || text.charAt(end) != ' ') {
      return "";
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  /** The word at {@code begin} when a space or a comma ends it ("U.S. A-10 jets" opens no sentence). */
  private static String wordAfter(String text, int begin) {
    int end = begin;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    boolean closed = end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == ',');
    return closed ? text.substring(begin, end).toLowerCase(Locale.ROOT) : "";
  }
}
