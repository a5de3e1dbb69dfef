package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spi.Token;

/**
 * "France would back Armenia", "Ankara will never back the plan": the tagger reads "back" after a modal as the
 * adverb it is in "came back", and the parser then hangs the name after it on the verb of saying. After a modal
 * (and any adverbs, "would never"), the first word is the verb the modal governs: a word there that is a stance verb
 * ({@code stance-verbs.tsv}) in its base form is tagged as a verb, whatever the tagger made of it. Stateless.
 */
public final class ModalVerbs {

  private static final int REACH = 3;

  private ModalVerbs() {}

  /** The positions of the tokens to tag again as base-form verbs ({@code VB}). */
  public static List<Integer> misread(List<Token> tokens, EnglishLexicon lex) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).tag().equals("MD")) {
        continue;
      }
      for (int j = i + 1; j < tokens.size() && j <= i + REACH; j++) {
        Token t = tokens.get(j);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (lex.stanceVerbs.containsKey(word)) {
          out.add(j);
          break;
        }
        if (!t.tag().equals("RB")) {
          break;
        }
      }
    }
    return out;
  }
}
