package org.crosscheck.english.internal.rules;

import java.util.Locale;

/**
 * A demonym hyphenated to a word of language ({@code language-hyphens.tsv}: "the French-speaking majority", "a
 * Russian-language channel") names a language and those who speak it, not the state: no actor stands there, as holder
 * or target. The tokenizer splits the compound into the demonym, the hyphen and the word. Stateless.
 */
final class LanguageHyphens {

  private LanguageHyphens() {}

  /** Whether token {@code i} is a demonym followed by a hyphen and a word of language. */
  static boolean at(Graph g, int i) {
    if (i + 2 >= g.toks.size() || !g.toks.get(i + 1).word().equals("-")) {
      return false;
    }
    return g.lex.languageHyphens.contains(g.toks.get(i + 2).word().toLowerCase(Locale.ROOT));
  }
}
