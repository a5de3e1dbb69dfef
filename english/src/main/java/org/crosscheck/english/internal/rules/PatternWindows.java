package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.spi.Token;

/**
 * The words after a verb as the CAMEO patterns read them, each as its form and lemma in lower case. A word the
 * tokenizer split at its hyphens ("24 - hour", "cease - fire") is one word again: news writes "imposed a 24-hour
 * curfew" and "a three-month state of emergency" as often as the bare measure, and the pattern ("impose curfew")
 * allows only three words between its parts. A dash with space around it is no hyphen and stays a word. A verb in
 * the past keeps its form as its lemma. Stateless.
 */
final class PatternWindows {

  private PatternWindows() {}

  /** Up to {@code n} words after token {@code i}, hyphenated runs counting as one word. */
  static List<String[]> after(List<Token> toks, int i, int n) {
    List<String[]> out = new ArrayList<>();
    int k = i + 1;
    while (k < toks.size() && out.size() < n) {
      StringBuilder word = new StringBuilder(toks.get(k).word());
      StringBuilder lemma = new StringBuilder(lemma(toks.get(k)));
      while (k + 2 < toks.size() && hyphen(toks, k + 1)) {
        word.append('-').append(toks.get(k + 2).word());
        lemma.append('-').append(lemma(toks.get(k + 2)));
        k += 2;
      }
      out.add(new String[] {word.toString().toLowerCase(Locale.ROOT), lemma.toString().toLowerCase(Locale.ROOT)});
      k++;
    }
    return out;
  }

  /**
   * The words after a container phrase that follows token {@code i} ("launched two days of large-scale drills",
   * "imposed a fresh round of sanctions"): up to {@code n} words after the "of" of a container noun ({@code
   * containers}, lemmas) among the four words after {@code i}; empty when there is none.
   */
  static List<String[]> afterContainer(List<Token> toks, int i, int n, Set<String> containers) {
    for (int k = i + 1; k < Math.min(toks.size() - 1, i + 5); k++) {
      if (containers.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))
          && toks.get(k + 1).word().equalsIgnoreCase("of")) {
        return after(toks, k + 1, n);
      }
    }
    return List.of();
  }

  /**
   * The lemma a pattern word may match: a verb's past form stands for itself, since the patterns' nouns are no verbs
   * told in the past ("hailed the deal struck by Y" is no "hail strike", a praised attack).
   */
  private static String lemma(Token t) {
    return "VBD".equals(t.tag()) || "VBN".equals(t.tag()) ? t.word() : t.lemma();
  }

  /** Whether token {@code h} is a hyphen touching the words on both sides. */
  static boolean hyphen(List<Token> toks, int h) {
    Token t = toks.get(h);
    return t.word().equals("-") && toks.get(h - 1).end() == t.begin() && t.end() == toks.get(h + 1).begin();
  }
}
